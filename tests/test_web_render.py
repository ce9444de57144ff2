"""The web app's generated modules, rendered (the fast tier): prettier keeps them as
they are, they say what the genome says, and the switch off leaves no trace."""

from __future__ import annotations

import copy
import subprocess

import pytest
import yaml
from conftest import CHECKED_GENOMES, ROOT, WEB_NODE_MODULES, load, render
from genome.tscode import TsObject, ts_lines, ts_str

PRETTIER = WEB_NODE_MODULES / ".bin" / "prettier"
LONG = "CardiovascularRehabilitationProgramEnrollmentStatusChangeLog"


def with_web(genome: dict) -> dict:
    genome = copy.deepcopy(genome)
    genome.setdefault("features", {})["frontend"] = True
    genome["features"]["api_docs"] = True
    return genome


def long_names() -> dict:
    """Names and values long enough to make prettier break every line it can."""
    field = "a_field_whose_name_is_long_enough_to_break_lines"
    return {
        "project_name": 'The "Quoted" Product With A Name Long Enough To Break The Line',
        "roles": ["owner", "administrator_of_everything", "member_with_a_long_role_name", "viewer"],
        "entities": [
            {
                "name": LONG,
                "description": "Every change of status of an enrollment in the rehabilitation program, kept.",
                "fields": [
                    {
                        "name": "title",
                        "type": "string",
                        "required": True,
                        "search": True,
                        "help": "What the change was, in the words of the clinician who made it.",
                    },
                    {
                        "name": field,
                        "type": "choice",
                        "choices": ["first_value_of_many", "second_value_of_many", "third_value_of_many"],
                        "default": "first_value_of_many",
                        "transitions": {
                            "first_value_of_many": ["second_value_of_many", "third_value_of_many"]
                        },
                        "filter": True,
                        "order": True,
                    },
                    {"name": "starts_on", "type": "date"},
                    {"name": "ends_on", "type": "date"},
                ],
                "rules": [
                    {
                        "check": "starts_on <= ends_on",
                        "message": "It can't end before it starts, whatever the clinician's notes say.",
                    }
                ],
            }
        ],
    }


GENOMES = {
    **{name: with_web(yaml.safe_load(path.read_text())) for name, path in CHECKED_GENOMES.items()},
    "long_names": with_web(long_names()),
}


@pytest.fixture(scope="module")
def rendered(template_src, tmp_path_factory):
    return {
        name: render(template_src, genome, tmp_path_factory.mktemp("web") / name)
        for name, genome in GENOMES.items()
    }


@pytest.mark.skipif(not PRETTIER.exists(), reason="the web app's packages are not installed: run make setup")
def test_prettier_keeps_the_generated_modules_as_they_are(rendered):
    folders = [str(project / "frontend" / "src" / "generated") for project in rendered.values()]
    checked = subprocess.run(
        [str(PRETTIER), "--check", *folders], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_every_entity_with_an_api_has_a_module(rendered):
    for name, project in rendered.items():
        genome = GENOMES[name]
        modules = {path.stem for path in (project / "frontend/src/generated/entities").glob("*.ts")}
        routed = {e["name"][:1].lower() + e["name"][1:] for e in genome["entities"] if e.get("api") != "none"}
        assert routed <= modules, name


def test_the_module_of_an_entity_carries_its_rules_and_grants(rendered):
    text = (rendered["project_management"] / "frontend/src/generated/entities/comment.ts").read_text()
    assert 'owner: "author",' in text
    assert '{ role: "member", own: true },' in text
    assert "readOnly: true," in text
    project = (rendered["project_management"] / "frontend/src/generated/entities/project.ts").read_text()
    assert 'left: "starts_on",' in project
    assert 'right: "due_on",' in project


def test_the_switch_off_leaves_no_trace(template_src, tmp_path):
    project = render(template_src, load("project_management.yml"), tmp_path / "project")
    assert not (project / "frontend").exists()
    assert not list(project.rglob("test_web_schema.py"))
    assert "web-app-stack" not in (project / "docs/adr/README.md").read_text()


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("plain", '"plain"'),
        ('say "hi"', "'say \"hi\"'"),
        ("it's", '"it\'s"'),
        ("\"a\" 'b'", '"\\"a\\" \'b\'"'),
    ],
)
def test_strings_take_the_quotes_prettier_picks(value, literal):
    assert ts_str(value) == literal


def test_two_objects_of_several_properties_always_break():
    grants = [TsObject((("role", "owner"), ("own", False))), TsObject((("role", "admin"), ("own", False)))]
    assert ts_lines(grants, 0, "x = ", ";") == [
        "x = [",
        '  { role: "owner", own: false },',
        '  { role: "admin", own: false },',
        "];",
    ]
    assert ts_lines(grants[:1], 0, "x = ", ";") == ['x = [{ role: "owner", own: false }];']


def test_the_template_pins_what_works_on_node_20():
    package = (
        ROOT / "template/{% if genome.features.frontend %}frontend{% endif %}/package.json"
    ).read_text()
    assert '"typescript": "5.9.' in package
    assert '"vitest": "4.1.' in package
