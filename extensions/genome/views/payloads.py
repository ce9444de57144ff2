"""The view of an entity's test payload (``generated/tests/payloads.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Call, Imports
from .common import payload_relation


@dataclass(frozen=True)
class Payloads:
    """The ``payload(workspace)`` helper: a valid request body for a new row."""

    imports: str
    # ``return payload_for(...)``, its relations given rows of the workspace.
    returned: str


def build(genome: Genome, entity: Entity) -> Payloads:
    name = entity.name
    imports = Imports().add("apps.core.testing", "payload_for")
    imports.add(f"apps.{entity.app_label}.generated.factories", f"{name}Factory")
    imports.add(f"apps.{entity.app_label}.serializers", f"{name}Serializer")
    # The signed-in user fills a current_user relation: the payload sends none.
    relations = [r for r in entity.relations if not r.current_user]
    for rel in relations:
        if rel.target is None:
            imports.add("apps.core.testing", "member_of")
        elif rel.target is not entity:
            imports.add(f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory")
    call = Call(
        "payload_for",
        [f"{name}Serializer", f"{name}Factory.build()", *(payload_relation(r) for r in relations)],
    )
    return Payloads(imports=imports.render(), returned="\n".join(call.lines(1, prefix="return ")))
