"""API docs (features.api_docs): the OpenAPI schema of generated projects.

For genomes that exercise every field type, relation shape and feature, the schema
must build with ``spectacular --validate --fail-on-warn``: a warning means an
endpoint, field or filter that the docs (and generated clients) get wrong. With
api_docs off, the project carries no drf-spectacular at all.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml
from conftest import CHECKED_GENOMES as GENOMES
from conftest import ROOT, load, project_env, render, run_in
from genome import GenomeError, build

# Background tasks refuse to start without a broker URL; nothing connects to it here.
REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture(scope="module")
def projects(template_src, tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("api_docs")
    return {
        name: render(template_src, yaml.safe_load(path.read_text()), root / name)
        for name, path in GENOMES.items()
    }


def env_for(project: Path, slug: str) -> dict[str, str]:
    return project_env(project, slug) | {"REDIS_URL": REDIS_URL}


@pytest.mark.parametrize("name", GENOMES)
def test_the_schema_validates_without_warnings(projects, name, tmp_path):
    project = projects[name]
    schema = tmp_path / "schema.yml"
    result = run_in(
        project,
        "manage.py",
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(schema),
        env=env_for(project, name),
    )
    assert result.returncode == 0, result.stderr[-6000:]
    document = yaml.safe_load(schema.read_text())
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert operations
    for operation in operations:
        codes = set(operation["responses"])
        assert codes & {"200", "201", "202", "204"}, operation["operationId"]
        for code in codes - {"200", "201", "202", "204"}:
            content = operation["responses"][code]["content"]["application/json"]
            assert content["schema"] == {"$ref": "#/components/schemas/Error"}
        if operation.get("security") not in (None, [{}]):  # signed in
            assert {"401", "403"} <= codes, operation["operationId"]
    error = document["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"error", "message", "fields"}


def test_list_operations_are_paginated_and_answer_entities_as_read(projects, tmp_path):
    project = projects["all_features"]
    schema = tmp_path / "schema.yml"
    env = env_for(project, "read")
    result = run_in(project, "manage.py", "spectacular", "--file", str(schema), env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    document = yaml.safe_load(schema.read_text())
    create = document["paths"]["/api/v1/notes/"]["post"]
    body = create["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/NoteRequest"}
    answer = create["responses"]["201"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/NoteRead"}
    listed = document["paths"]["/api/v1/notes/"]["get"]["responses"]["200"]
    page = listed["content"]["application/json"]["schema"]
    assert page == {"$ref": "#/components/schemas/PaginatedNoteReadList"}


def test_without_api_docs_there_is_no_drf_spectacular(template_src, tmp_path):
    genome = load("minimal.yml")
    genome["features"] = {"api_docs": False, "admin": True}
    project = render(template_src, genome, tmp_path / "no_docs")
    carriers = [
        path.relative_to(project)
        for path in project.rglob("*")
        if path.is_file()
        and ".git" not in path.parts
        and re.search(r"drf[_-]spectacular", path.read_text(errors="ignore"))
    ]
    assert carriers == []
    assert not (project / "apps/core/schema.py").exists()
    probe = (
        "from django.test import Client\n"
        "from django.test.utils import setup_test_environment\n"
        "setup_test_environment()\n"
        "for url in ('/api/v1/schema/', '/api/v1/docs/', '/api/v1/redoc/'):\n"
        "    print(url, Client().get(url).status_code)\n"
    )
    env = env_for(project, "no_docs")
    result = run_in(project, "manage.py", "shell", "--no-imports", "-c", probe, env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.split() == [
        "/api/v1/schema/",
        "404",
        "/api/v1/docs/",
        "404",
        "/api/v1/redoc/",
        "404",
    ]


@pytest.mark.parametrize("plural", ["Docs", "Schema", "Redoc", "Auth", "Workspaces"])
def test_an_entity_cannot_take_a_url_of_the_project(plural):
    genome = copy.deepcopy(load("minimal.yml"))
    genome["entities"][0]["plural"] = plural
    with pytest.raises(GenomeError, match=rf"/api/v1/{plural.lower()}/ is the generated project's"):
        build(genome)


def pins(path: Path) -> set[str]:
    text = re.sub(r"\{%.*?%\}", "", path.read_text())
    return {line.strip() for line in text.splitlines() if "==" in line and not line.startswith("#")}


def test_the_template_requirements_are_installed_for_the_tests():
    """requirements-dev.txt repeats every project pin (base.txt is a template)."""
    project_pins = set()
    for path in (ROOT / "template/requirements").iterdir():
        project_pins |= pins(path)
    missing = project_pins - pins(ROOT / "requirements-dev.txt")
    assert not missing, f"add to requirements-dev.txt: {sorted(missing)}"
