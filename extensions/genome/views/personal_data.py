"""The view of the personal-data export and erasure: apps/users/personal_data.py,
apps/users/tests/test_privacy.py and the README's table of what each entity gives up.

A subject row is a row whose ``subject: true`` relation to User points at the user;
its pii fields are exported, and erased with the value ``erased_value`` gives. Fields
no value can erase are left, and listed as kept. Any other relation to User (a
clinician on a patient) names someone the row is not about: it neither exports nor
erases the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import ERASED_SHOWN, erased_value
from ..model import Entity, Genome
from ..pycode import Imports, Pair, Seq, assign, py_str, str_tuple

# What test_privacy.py imports whatever the genome.
PRIVACY_TEST_IMPORTS = (
    ("json",),
    ("threading", "Thread"),
    ("pytest",),
    ("django.apps", "apps"),
    ("django.conf", "settings"),
    ("django.core.serializers.json", "DjangoJSONEncoder"),
    ("django.db", "connections", "transaction"),
    ("django.db.models.fields.files", "FieldFile"),
    ("django.test", "RequestFactory"),
    ("rest_framework", "status"),
    ("rest_framework.test", "APIClient"),
    ("rest_framework.throttling", "ScopedRateThrottle"),
    ("rest_framework_simplejwt.token_blacklist.models", "BlacklistedToken", "OutstandingToken"),
    ("rest_framework_simplejwt.tokens", "RefreshToken"),
    ("apps.core.exceptions", "ApplicationError"),
    ("apps.core.testing", "join", "signed_in"),
    ("apps.users", "privacy"),
    ("apps.users.models", "Invitation", "Membership"),
    ("apps.users.personal_data", "PERSONAL_DATA"),
    ("apps.users.roles", "OWNER_ROLE", "ROLES"),
)


@dataclass(frozen=True)
class Subject:
    """An entity whose rows are about a user: its PERSONAL_DATA entry and README row."""

    name: str
    # ``"app.Model": {...},``: the entry printed as an item of PERSONAL_DATA.
    entry: str
    # The README's cells: subject relations, pii fields, erased values, kept fields.
    relations: str
    pii: str
    erased: str
    kept: str
    # The erasure changes audited rows, so it writes to the audit log.
    audited_erasure: bool
    # Some pii field has visible_to: exported only where the user's role reads it.
    limited: bool


@dataclass(frozen=True)
class PersonalData:
    """PERSONAL_DATA's entries, the privacy tests' tables and the pii no export reaches."""

    subjects: tuple[Subject, ...]
    test_imports: str
    # ``FACTORIES = {...}`` and ``BYSTANDERS = {...}`` (or ""), printed.
    factories: str
    bystanders: str
    audited_erasure: bool
    # Some subject entity has a pii field with visible_to.
    limited: bool
    # The pii fields of entities without a subject relation, for the README.
    unlinked: str


def build(genome: Genome) -> PersonalData:
    subjects = tuple(subject(entity) for entity in genome.entities if subject_relations(entity))
    unlinked = [
        f"`{entity.name}.{f.name}`"
        for entity in genome.entities
        if not subject_relations(entity)
        for f in entity.fields
        if f.pii
    ]
    bystanders = [
        Pair(py_str(f"{entity.app_label}.{entity.name}"), str_tuple(others))
        for entity in genome.entities
        if (others := [r.name for r in entity.relations if r.target is None and not r.subject])
    ]
    linked = [e for e in genome.entities if any(r.target is None for r in e.relations)]
    factories = Seq([Pair(py_str(f"{e.app_label}.{e.name}"), f"{e.name}Factory") for e in linked], ("{", "}"))
    audited_erasure = any(s.audited_erasure for s in subjects)
    return PersonalData(
        subjects=subjects,
        test_imports=test_imports(genome, linked, audited_erasure),
        factories=assign("FACTORIES", factories, 0),
        bystanders=assign("BYSTANDERS", Seq(bystanders, ("{", "}")), 0) if bystanders else "",
        audited_erasure=audited_erasure,
        limited=any(s.limited for s in subjects),
        unlinked=", ".join(unlinked),
    )


def subject_relations(entity: Entity) -> list[str]:
    return [r.name for r in entity.relations if r.subject]


def subject(entity: Entity) -> Subject:
    """The entity's entry: its subject relations, its pii and how each is erased."""
    relations = subject_relations(entity)
    pii = [f for f in entity.fields if f.pii]
    erase: list[Pair] = []
    erased: list[str] = []
    kept: list[str] = []
    for f in pii:
        value, why = erased_value(f)
        if value is None:
            kept.append(f"`{f.name}` ({why})")
            continue
        erase.append(Pair(py_str(f.name), value))
        shown = ERASED_SHOWN.get(value) or f"`{value.strip(chr(34)).replace('{pk}', '<id>')}`"
        erased.append(f"`{f.name}` → {shown}")
    entry = [
        Pair('"relations"', str_tuple(relations)),
        Pair('"pii"', str_tuple(f.name for f in pii)),
        Pair('"erase"', Seq(erase, ("{", "}"))),
    ]
    limited = [Pair(py_str(f.name), str_tuple(f.visible_to)) for f in pii if f.visible_to]
    if limited:
        # Exported only from the workspaces where the user's role is listed.
        entry.append(Pair('"visible_to"', Seq(limited, ("{", "}"))))
    if entity.audit:
        # The erasure writes an update to the audit log for each row it changes.
        entry.append(Pair('"audited"', "True"))
    label = py_str(f"{entity.app_label}.{entity.name}")
    return Subject(
        name=entity.name,
        entry="\n".join(Pair(label, Seq(entry, ("{", "}"))).lines(1, suffix=",")),
        relations=", ".join(f"`{name}`" for name in relations),
        pii=", ".join(f"`{f.name}`" for f in pii) or "none",
        erased=", ".join(erased) or "nothing",
        kept=", ".join(kept) or "none",
        audited_erasure=entity.audit and bool(erase),
        limited=bool(limited),
    )


def test_imports(genome: Genome, linked: list[Entity], audited_erasure: bool) -> str:
    imports = Imports()
    for module, *names in PRIVACY_TEST_IMPORTS:
        imports.add(module, *names)
    if genome.audit:
        imports.add("apps.audit.models", "AuditLog")
    else:
        imports.add("logging")
    if audited_erasure:
        imports.add("django.contrib.contenttypes.models", "ContentType")
    for entity in linked:
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    return imports.render()
