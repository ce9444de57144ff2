"""soft_delete and audit reach only the projects that ask for them, wired as a whole.

Renders without the hook; tests/test_generated.py runs the generated tests of
tests/genomes/all_features.yml, which exercise the behaviour itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, ROOT, render
from genome import build

ALL_FEATURES = ROOT / "tests" / "genomes" / "all_features.yml"
WORDS = ("audit", "soft_delete", "deleted_at", "SOFT_DELETE")


def python_files(project: Path) -> list[Path]:
    return [p for p in project.rglob("*.py") if ".git" not in p.parts]


def assigned(module: Path, name: str) -> ast.expr:
    """The value assigned to ``name`` at the top of ``module``."""
    for node in ast.parse(module.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return node.value
    raise AssertionError(f"{name} is not assigned in {module}")


def class_bases(module: Path, name: str) -> list[str]:
    for node in ast.parse(module.read_text()).body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return [ast.unparse(base) for base in node.bases]
    raise AssertionError(f"no class {name} in {module}")


@pytest.fixture(scope="module")
def full(template_src, tmp_path_factory) -> Path:
    genome = yaml.safe_load(ALL_FEATURES.read_text())
    return render(template_src, genome, tmp_path_factory.mktemp("full") / "clinic")


def test_without_the_keys_no_code_mentions_them(template_src, tmp_path):
    project = render(template_src, yaml.safe_load((EXAMPLES / "minimal.yml").read_text()), tmp_path / "p")
    assert not (project / "apps" / "audit").exists()
    assert not list(project.rglob("*soft_delete*"))
    for path in [*python_files(project), project / ".env.example"]:
        text = path.read_text()
        assert not [w for w in WORDS if w in text], path


def test_audit_alone_brings_no_soft_delete_code(template_src, tmp_path):
    genome = yaml.safe_load((EXAMPLES / "minimal.yml").read_text())
    genome["entities"][0]["audit"] = True
    genome["features"] = {"admin": True}
    project = render(template_src, genome, tmp_path / "p")
    assert (project / "apps" / "audit" / "models.py").exists()
    assert not list(project.rglob("*soft_delete*"))
    admin = (project / "apps" / "audit" / "admin.py").read_text()
    assert "restore" not in admin
    assert "soft_delete" not in admin
    assert "SOFT_DELETE" not in (project / "config" / "settings" / "base.py").read_text()


def test_settings_and_routes(full):
    settings = full / "config" / "settings" / "base.py"
    schedule = assigned(settings, "CELERY_BEAT_SCHEDULE")
    assert isinstance(schedule, ast.Dict)
    entries = {ast.literal_eval(k): v for k, v in zip(schedule.keys, schedule.values, strict=True)}
    entry = entries["purge-soft-deleted-rows"]
    assert isinstance(entry, ast.Dict)
    fields = {ast.literal_eval(k): v for k, v in zip(entry.keys, entry.values, strict=True)}
    assert ast.literal_eval(fields["task"]) == "apps.core.tasks.purge_deleted"
    assert "apps.audit" in ast.literal_eval(assigned(settings, "LOCAL_APPS"))
    assert "SOFT_DELETE_RETENTION_DAYS=30" in (full / ".env.example").read_text()
    api = (full / "config" / "api.py").read_text()
    assert 'router.register("audit-log", AuditLogViewSet, basename="audit_log")' in api


@pytest.mark.parametrize(
    ("app", "model_base", "mixins"),
    [
        ("patient", "WorkspaceScopedSoftDeleteModel", {"Audited", "SoftDelete"}),
        # Visit cascades from Patient, so it soft-deletes with it.
        ("visit", "WorkspaceScopedSoftDeleteModel", {"Audited", "SoftDelete"}),
        ("note", "WorkspaceScopedSoftDeleteModel", {"SoftDelete"}),
    ],
)
def test_each_entity_gets_only_its_own_mixins(full, app, model_base, mixins):
    generated = full / "apps" / app / "generated"
    name = app.capitalize()
    assert class_bases(generated / "models.py", f"{name}Base") == [model_base]
    views = class_bases(generated / "views.py", f"{name}ViewSetBase")
    admin = class_bases(generated / "admin.py", f"{name}AdminBase")
    # Every writable entity's viewset also offers If-Match (apps/core/etags.py).
    assert {b.removesuffix("ViewSetMixin") for b in views[:-1]} == mixins | {"ETag"}
    assert {b.removesuffix("AdminMixin") for b in admin[:-1]} == mixins
    tests = {p.name for p in (generated / "tests").iterdir()}
    assert ("test_audit.py" in tests) == ("Audited" in mixins)
    assert ("test_soft_delete.py" in tests) == ("SoftDelete" in mixins)


def test_pii_phi_and_visible_to_values_are_masked_in_the_audit_log(full):
    models = full / "apps" / "patient" / "generated" / "models.py"
    base = next(
        node
        for node in ast.parse(models.read_text()).body
        if isinstance(node, ast.ClassDef) and node.name == "PatientBase"
    )
    masked = next(
        ast.literal_eval(node.value)
        for node in base.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "audit_masked_fields"
    )
    assert masked == (
        "full_name",
        "email",
        "born_on",
        "allergies",
        "insurance_number",
        "billing_notes",
    )
    visit = (full / "apps" / "visit" / "generated" / "serializers.py").read_text()
    assert "patient = LiveSummaryField(read_only=True)" in visit


def test_soft_delete_cascades_to_the_entities_that_cascade_from_it():
    """A deleted patient's visits (and their notes) are soft-deleted with it."""
    genome = build(yaml.safe_load(ALL_FEATURES.read_text()))
    soft = {e.name: e.soft_delete for e in genome.entities}
    assert soft == {"Patient": True, "Visit": True, "Note": True}
    data = yaml.safe_load(ALL_FEATURES.read_text())
    data["entities"][1]["relations"][0]["on_delete"] = "protect"
    assert not next(e for e in build(data).entities if e.name == "Visit").soft_delete
