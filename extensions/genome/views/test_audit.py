"""The view of an entity's audit tests (``generated/tests/test_audit.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Genome
from ..pycode import Imports, py_str
from . import common


@dataclass(frozen=True)
class AuditTests:
    """What the audit tests of one entity vary by: the text field whose change
    they check (masked when it holds personal data) and the changes they expect."""

    imports: str
    fixtures: tuple[common.ActorFixture, ...]
    field: str  # the first text field, or ""
    field_masked: bool
    masks: bool  # some field is masked in the log
    # The change the log records for the field, as [old, new], on each write:
    created: str  # the new value only
    updated: str
    deleted: str
    admin_changed: str


def build(genome: Genome, entity: Entity) -> AuditTests:
    masked = {f.name for f in entity.fields if f.masked}
    # A field no rule compares: another value could break a rule with the row's.
    field = next(
        (f.name for f in entity.fields if kind_of(f).value.text and f.name not in entity.ruled_fields), ""
    )
    hidden = field in masked
    fixtures = common.actor_fixtures(genome, entity)
    return AuditTests(
        imports=imports(genome, entity, field, masked).render(),
        fixtures=tuple(fixtures[w] for w in ("creator", "updater", "deleter")) if entity.writable else (),
        field=field,
        field_masked=hidden,
        masks=bool(masked),
        created="MASKED" if hidden else f"response.json()[{py_str(field)}]",
        updated="[MASKED, MASKED]" if hidden else f"[row.{field}, body[{py_str(field)}]]",
        deleted="[MASKED, None]" if hidden else f"[row.{field}, None]",
        admin_changed="[MASKED, MASKED]" if hidden else "[old, new]",
    )


def imports(genome: Genome, entity: Entity, field: str, masked: set[str]) -> Imports:
    admin = genome.features.admin
    imports = Imports().add("pytest").add("apps.audit.models", "AuditLog")
    imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    if entity.writable or (admin and field):
        imports.add(f"apps.{entity.app_label}.models", entity.name)
    if entity.writable:
        imports.add("rest_framework", "status").add("apps.core.testing", "request_kwargs")
        imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
        imports.add("django.db", "IntegrityError", "connection")
    if (entity.writable and masked) or (admin and field in masked):
        imports.add("apps.audit.services", "MASKED")
    if admin:
        imports.add("rest_framework", "status").add("django.urls", "reverse")
        imports.add("apps.users.factories", "UserFactory")
        if field:
            imports.add("django.contrib", "admin").add("django.db", "transaction")
    return imports
