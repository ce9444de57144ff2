"""Personal data export and erasure: what the genome's pii fields generate.

The generated project tests the endpoints themselves (apps/users/tests/test_privacy.py,
run by test_generated.py for the genomes with pii); these check the decisions made
at generation: which value erases each field, which fields are kept, and that a
genome without pii gets none of it.
"""

from __future__ import annotations

import ast
import re

import pytest
import yaml
from conftest import EXAMPLES, ROOT, render
from genome import GenomeError, build
from genome.kinds import erased_value
from genome.views import Views

GENOMES = ROOT / "tests" / "genomes"
PRIVACY_FILES = (
    "apps/users/personal_data.py",
    "apps/users/privacy.py",
    "apps/users/privacy_views.py",
    "apps/users/tests/test_privacy.py",
)


def built(path):
    return build(yaml.safe_load(path.read_text()))


def personal_data(genome):
    return Views(genome).personal_data()


def table(genome) -> dict:
    """PERSONAL_DATA as the generated module defines it: its entries, as a dict."""
    entries = "\n".join(subject.entry for subject in personal_data(genome).subjects)
    return ast.literal_eval(f"{{\n{entries}\n}}")


def field(genome, entity: str, name: str):
    entity = next(e for e in genome.entities if e.name == entity)
    return next(f for f in entity.fields if f.name == name)


@pytest.fixture(scope="module")
def genome():
    return built(GENOMES / "personal_data.yml")


def test_optional_fields_are_emptied_as_the_model_stores_emptiness(genome):
    erase = table(genome)["profile.Profile"]["erase"]
    assert erase["homepage"] == ""
    assert erase["phone"] == ""  # a pattern does not apply to a blank value
    assert erase["avatar"] == ""
    assert erase["born_on"] is None
    assert erase["nicknames"] == []


def test_required_fields_get_a_marker_that_passes_their_rules(genome):
    erase = table(genome)["profile.Profile"]["erase"]
    assert erase["display_name"] == "erased"
    assert erase["handle"] == "erased-{pk}"  # unique: one marker per row
    assert erase["contact_email"] == "erased-{pk}@erased.invalid"
    badge = field(genome, "Profile", "badge")
    assert re.fullmatch(badge.spec.pattern, "erased") is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("initials", "required string of at most 4 characters: no marker fits"),
        ("badge", "required string whose pattern the marker does not match"),
        ("listed", "a boolean has no empty value"),
    ],
)
def test_fields_no_value_can_erase_are_kept_and_say_why(genome, name, reason):
    assert name not in table(genome)["profile.Profile"]["erase"]
    assert erased_value(field(genome, "Profile", name)) == (None, reason)
    (profile,) = [s for s in personal_data(genome).subjects if s.name == "Profile"]
    assert f"`{name}` ({reason})" in profile.kept


def test_subject_rows_come_from_every_kind_of_subject_relation_to_user(genome):
    rows = table(genome)
    assert rows["profile.Profile"]["relations"] == ("member",)
    assert rows["meeting.Meeting"] == {
        "relations": ("attendees",),
        "pii": ("attendee_notes",),
        "erase": {"attendee_notes": ""},
    }
    assert "contact.Contact" not in rows
    assert personal_data(genome).unlinked == "`Contact.email`"


def test_a_relation_to_user_that_is_not_the_subject_reaches_no_row(genome):
    """A mentor's export and erasure leave their mentees' profiles alone."""
    assert "mentor" not in table(genome)["profile.Profile"]["relations"]
    assert 'BYSTANDERS = {"profile.Profile": ("mentor",)}' in personal_data(genome).bystanders


def test_a_clinicians_erasure_never_rewrites_their_patients_records():
    rows = table(built(GENOMES / "all_features.yml"))
    assert rows["patient.Patient"]["relations"] == ("account",)
    data = yaml.safe_load((GENOMES / "all_features.yml").read_text())
    patient = data["entities"][0]
    patient["relations"] = [r for r in patient["relations"] if r["name"] != "account"]
    genome = build(data)
    assert "patient.Patient" not in table(genome)
    assert "`Patient.full_name`" in personal_data(genome).unlinked


def test_only_a_relation_to_user_can_be_the_subject():
    data = yaml.safe_load((GENOMES / "personal_data.yml").read_text())
    data["entities"][2]["relations"] = [{"name": "profile", "to": "Profile", "subject": True}]
    with pytest.raises(GenomeError) as error:
        build(data)
    assert "entities[2].relations[0].subject: only a relation to User names the person a row is about" in str(
        error.value
    )


def test_a_long_required_unique_marker_that_does_not_fit_is_kept():
    data = yaml.safe_load((GENOMES / "personal_data.yml").read_text())
    data["entities"][0]["fields"][0]["max_length"] = 20  # handle: erased-<19 digits>
    genome = build(data)
    assert "handle" not in table(genome)["profile.Profile"]["erase"]


def test_examples_erase_what_the_brief_promises():
    rows = table(built(EXAMPLES / "project_management.yml"))
    assert rows["comment.Comment"] == {
        "relations": ("author",),
        "pii": ("author_email",),
        "erase": {"author_email": ""},
    }
    assert "task.Task" not in rows  # its assignee and reporter are not what it is about
    rows = table(built(GENOMES / "all_features.yml"))
    assert rows["patient.Patient"]["erase"] == {
        "full_name": "erased",
        "email": "",
        "born_on": None,
        "insurance_number": "",
    }
    # Exported only from the workspaces where the user holds one of these roles.
    assert rows["patient.Patient"]["visible_to"] == {"insurance_number": ("owner", "admin", "clinician")}


def test_a_genome_without_pii_gets_no_privacy_code(template_src, tmp_path):
    minimal = yaml.safe_load((EXAMPLES / "minimal.yml").read_text())
    assert not build(minimal).has_pii
    project = render(template_src, minimal, tmp_path / "minimal")
    assert [p for p in PRIVACY_FILES if (project / p).exists()] == []
    for path in ("config/settings/base.py", "apps/users/urls.py", ".env.example", "README.md"):
        text = (project / path).read_text().lower()
        assert "personal" not in text, path
    pm = render(
        template_src, yaml.safe_load((EXAMPLES / "project_management.yml").read_text()), tmp_path / "pm"
    )
    assert [p for p in PRIVACY_FILES if not (pm / p).exists()] == []
    assert (
        "| Comment | `author` | `author_email` | `author_email` → blank | none |"
        in (pm / "README.md").read_text()
    )
