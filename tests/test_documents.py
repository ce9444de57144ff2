"""The documents a project gets: architecture, ADRs, stories and compliance sets.

The projects are rendered without the post-copy hook: the documents are Markdown and
need no migrations. Mermaid diagrams are parsed by Mermaid itself under Node
(tests/mermaid, installed by ``npm ci --prefix tests/mermaid``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_template, load, render
from copier import run_copy, run_update

GENOMES = ROOT / "tests" / "genomes"
MERMAID = ROOT / "tests" / "mermaid"
# Words that stand for a missing answer without saying so.
UNMARKED = re.compile(r"\b(TBD|TODO|FIXME|XXX|lorem ipsum)\b|\?\?\?|<[a-z ]*(here|fill|insert)[a-z ]*>", re.I)
MARKER = "> **To complete:** "


def genome_file(name: str) -> dict:
    return yaml.safe_load((GENOMES / name).read_text())


@pytest.fixture(scope="module")
def projects(template_src, tmp_path_factory) -> dict[str, Path]:
    """One render per genome the module checks; none runs the hook."""
    gdpr_only = genome_file("all_features.yml")
    gdpr_only["compliance"] = ["gdpr", "pci"]
    gdpr_only["entities"][0]["fields"].append({"name": "card_number", "type": "string"})
    api_modes = genome_file("api_modes.yml")
    api_modes["compliance"] = ["gdpr", "hipaa"]
    for entity in api_modes["entities"]:
        entity["fields"][0]["pii"] = True
    genomes = {
        "all_features": genome_file("all_features.yml"),
        "api_modes": api_modes,
        "gdpr_pci": gdpr_only,
        "minimal": load("minimal.yml"),
        "names": genome_file("names.yml"),
        # Words Mermaid's erDiagram reads as keywords or key markers when bare.
        "mermaid_words": {
            "project_name": "Mermaid Words",
            "entities": [
                {
                    "name": "Class",
                    "fields": [{"name": "fk", "type": "string"}, {"name": "style", "type": "string"}],
                    "relations": [{"name": "to", "to": "Class"}],
                },
                {
                    "name": "Style",
                    "fields": [{"name": "uk", "type": "list", "of": "integer"}],
                    "relations": [{"name": "direction", "to": "Class", "kind": "many_to_many"}],
                },
            ],
        },
        "relations": genome_file("relations.yml"),
        "every_type": genome_file("every_type.yml"),
    }
    root = tmp_path_factory.mktemp("documents")
    return {name: render(template_src, genome, root / name) for name, genome in genomes.items()}


def documents(project: Path) -> dict[str, str]:
    return {
        str(path.relative_to(project)): path.read_text() for path in sorted((project / "docs").rglob("*.md"))
    }


def test_every_entity_and_every_pii_and_phi_field_is_documented(projects):
    project = projects["all_features"]
    genome = genome_file("all_features.yml")
    docs = documents(project)
    architecture = docs["docs/architecture.md"]
    record = docs["docs/compliance/gdpr/record-of-processing.md"]
    phi = docs["docs/compliance/hipaa/phi-inventory.md"]
    matrix = phi[phi.index("## Access matrix") :]
    for entity in genome["entities"]:
        name = entity["name"]
        assert f'"{name}" {{' in architecture, name
        assert f"| {name}" in matrix, name
        for field in entity["fields"]:
            assert f"{field['name']}" in architecture
            if field.get("pii") or field.get("phi"):
                assert f"`{name}.{field['name']}`" in record, f"{name}.{field['name']}"
            if field.get("phi"):
                assert f"`{name}.{field['name']}`" in phi, f"{name}.{field['name']}"
    # The user's own data, and the entity without an audit trail, are named.
    for data in ("User.email", "User.first_name", "User.last_name", "Invitation.email"):
        assert data in record
    assert "Note stores PHI without an audit trail" in phi
    assert "Note.author" in record


def test_the_account_endpoints_the_documents_name_exist(projects):
    """The data-subject rights the DPIA describes are the project's own routes."""
    project = projects["all_features"]
    urls = (project / "apps" / "users" / "urls.py").read_text()
    named = set()
    for text in documents(project).values():
        named |= set(re.findall(r"/api/v1/(auth/[a-z/]+/)", text))
    assert {"auth/me/", "auth/me/export/", "auth/me/erase/"} <= named
    for route in named:
        assert f'"{route}"' in urls, route


def test_the_documents_follow_the_compliance_flags(projects):
    assert sorted(p.name for p in (projects["all_features"] / "docs" / "compliance").iterdir()) == [
        "README.md",
        "gdpr",
        "hipaa",
        "pci",
        "soc2",
    ]
    assert sorted(p.name for p in (projects["gdpr_pci"] / "docs" / "compliance").iterdir()) == [
        "README.md",
        "gdpr",
        "pci",
    ]
    for name in ("minimal", "names", "relations", "every_type", "mermaid_words"):
        assert not (projects[name] / "docs" / "compliance").exists(), name
        assert (projects[name] / "docs" / "architecture.md").is_file()
        assert len(list((projects[name] / "docs" / "adr").glob("0*.md"))) == 5


def test_access_follows_each_entitys_api_and_tenancy(projects):
    docs = documents(projects["api_modes"])
    matrix = docs["docs/compliance/hipaa/phi-inventory.md"]
    assert "| Ledger | list, retrieve, create, update, delete | list, retrieve, delete |" in matrix
    assert "| Report | list, retrieve | list, retrieve |" in matrix
    assert "| Secret | no API | no API |" in matrix
    assert "| Currency (shared, staff write) |" in matrix
    record = docs["docs/compliance/gdpr/record-of-processing.md"]
    assert (
        "| `Secret.value` | string | PII | Part of the secret records. | nobody through the API |" in record
    )
    dpia = docs["docs/compliance/gdpr/dpia.md"]
    assert "**Shared across workspaces.** Currency and Region are shared data" in dpia
    assert "reads the `pii` and `phi` fields of Ledger and Report." in dpia


def test_card_like_fields_are_flagged(projects):
    flagged = (projects["gdpr_pci"] / "docs/compliance/pci/scope.md").read_text()
    assert "Warning: fields that look like card data" in flagged
    assert "Patient.card_number" in flagged
    assert "No model of the genome has a field for a card number" not in flagged
    clean = (projects["all_features"] / "docs/compliance/pci/scope.md").read_text()
    assert "No field name of the genome looks like card data" in clean


def test_placeholders_are_marked_and_live_in_the_answer_files(projects):
    for name, project in projects.items():
        for path, text in documents(project).items():
            assert not UNMARKED.search(text), f"{name}: {path}: {UNMARKED.search(text).group()}"
            for number, line in enumerate(text.splitlines(), 1):
                if "To complete" in line and not path.endswith("compliance/README.md"):
                    assert line.startswith(MARKER), f"{name}: {path}:{number}: {line}"
                    assert path.endswith("/answers.md"), (
                        f"{name}: {path}:{number}: generated files hold no questions"
                    )
    answers = documents(projects["all_features"])["docs/compliance/gdpr/answers.md"]
    for activity in ("Patients", "Visits", "Notes"):
        assert f"## {activity}" in answers
        assert f"{MARKER}lawful basis (Article 6(1)) for the processing of {activity}" in answers
    assert f"{MARKER}Article 9(2) condition for the health data in Patients" in answers


def test_no_template_residue_or_blank_line_clutter(projects):
    for name, project in projects.items():
        for path, text in documents(project).items():
            assert "{{" not in text, f"{name}: {path}"
            assert "{%" not in text, f"{name}: {path}"
            assert "\n\n\n" not in text, f"{name}: {path}: two blank lines in a row"
            assert text.endswith("\n"), f"{name}: {path}"
            assert not text.endswith("\n\n"), f"{name}: {path}"
            assert not re.search(r"[ \t]+$", text, re.M), f"{name}: {path}: trailing whitespace"


def test_each_story_line_names_the_test_that_checks_it(projects):
    project = projects["all_features"]
    stories = (project / "docs" / "stories.md").read_text()
    tests = (project / "apps" / "core" / "tests" / "test_stories.py").read_text()
    for story in genome_file("all_features.yml")["stories"]:
        assert f"## {story['id']}" in stories
        for line in story["acceptance"]:
            row = next(r for r in stories.splitlines() if r.startswith(f"| {line} |"))
            test = re.search(r"`(test_\w+)`", row).group(1)
            assert f"def {test}(" in tests, test


def parse_mermaid(*paths: Path) -> subprocess.CompletedProcess:
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed; the Mermaid check runs Mermaid's parser under node")
    if not (MERMAID / "node_modules" / "mermaid").is_dir():
        pytest.skip("Mermaid is not installed: run `npm ci --prefix tests/mermaid` (make setup does)")
    return subprocess.run(
        ["node", str(MERMAID / "parse.mjs"), *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_every_mermaid_diagram_parses(projects):
    paths = [path for project in projects.values() for path in sorted((project / "docs").rglob("*.md"))]
    result = parse_mermaid(*paths)
    assert result.returncode == 0, result.stdout + result.stderr
    parsed = result.stdout.splitlines()
    # Three diagrams in each architecture.md: data model, request flow, deployment.
    for kind in ("er", "sequence", "flowchart-v2"):
        assert sum(line.endswith(f" {kind}") for line in parsed) == len(projects), result.stdout


def test_a_broken_diagram_fails_the_check(projects, tmp_path):
    architecture = (projects["all_features"] / "docs" / "architecture.md").read_text()
    broken = tmp_path / "broken.md"
    # A relationship with no entity on its right-hand side.
    broken.write_text(architecture.replace('}o--|| "Workspace" : "workspace"', '}o--|| : "workspace"', 1))
    result = parse_mermaid(broken)
    assert result.returncode == 1, result.stdout
    assert "FAIL" in result.stdout
    assert "Parse error" in result.stdout


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def test_copier_update_follows_the_genome_and_keeps_the_answers(tmp_path):
    """A real `copier update` (without the hook: the documents need no migrations)."""
    (tmp_path / "template").mkdir()
    template = copy_template(tmp_path / "template")
    git("init", "-q", cwd=template)
    git("add", "-A", cwd=template)
    git("commit", "-qm", "template", cwd=template)
    git("tag", "v1.0.0", cwd=template)
    genome = genome_file("all_features.yml")
    genome["compliance"] = ["gdpr"]
    project = tmp_path / "project"
    run_copy(str(template), project, data=genome, defaults=True, unsafe=True, skip_tasks=True, quiet=True)
    answers = project / "docs/compliance/gdpr/answers.md"
    answered = answers.read_text().replace(
        f"{MARKER}purposes of the processing of Patients", "Purposes: the care of the clinic's patients."
    )
    answers.write_text(answered)
    git("init", "-q", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "-qm", "generated", cwd=project)

    changed = yaml.safe_load((project / "genome.yml").read_text())
    changed["compliance"] = ["gdpr", "hipaa"]
    changed["entities"][1]["fields"].append({"name": "symptoms", "type": "text", "phi": True})
    (project / "genome.yml").write_text(yaml.safe_dump(changed, sort_keys=False))
    git("commit", "-qam", "genome changed", cwd=project)
    run_update(project, data=changed, defaults=True, overwrite=True, unsafe=True, skip_tasks=True, quiet=True)

    assert answers.read_text() == answered
    assert not list(project.rglob("*.rej"))
    assert all("<<<<<<<" not in text for text in documents(project).values())
    assert "`Visit.symptoms`" in (project / "docs/compliance/gdpr/record-of-processing.md").read_text()
    assert "`Visit.symptoms`" in (project / "docs/compliance/hipaa/phi-inventory.md").read_text()
    assert (project / "docs/compliance/hipaa/answers.md").read_text().count(MARKER) > 5
    assert "| `hipaa/` |" in (project / "docs/compliance/README.md").read_text()


def test_the_template_documentation_diagrams_parse():
    """The diagrams of docs/ (generation.md's data flow) parse too."""
    paths = sorted(path for path in (ROOT / "docs").rglob("*.md") if "```mermaid" in path.read_text())
    assert paths, "docs/generation.md draws the data flow"
    result = parse_mermaid(*paths)
    assert result.returncode == 0, result.stdout + result.stderr
