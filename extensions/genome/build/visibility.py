"""Who may read a field (``visible_to``): known roles, on a field only its list shows."""

from __future__ import annotations

from ..errors import Problems, suggest
from ..model import Entity, Field


def check_visibility(problems: Problems, entities: list[Entity], roles: list[str]) -> None:
    for entity in entities:
        for field in entity.fields:
            given = field.spec.visible_to
            if given is not None:
                field.visible_to = visible_to(problems, entity, field, given, roles)


def visible_to(
    problems: Problems, entity: Entity, field: Field, given: list[str], roles: list[str]
) -> tuple[str, ...]:
    """The roles that may read ``field``, in the genome's order."""
    here = f"{field.where}.visible_to"
    if not entity.tenant:
        problems.add(
            here,
            "does not apply to shared data (tenant: false), which every member reads and which has no "
            "workspace roles; remove visible_to or make the entity a tenant one",
        )
        return ()
    if not given:
        problems.add(
            here,
            "lists no role, so no one could read the field; list the roles that may read it, or remove visible_to so that every role does",
        )
    for k, role in enumerate(given):
        if role not in roles:
            problems.add(
                f"{here}[{k}]", f"{role!r} is not a role{suggest(role, roles)}; roles are {', '.join(roles)}"
            )
        elif role in given[:k]:
            problems.add(f"{here}[{k}]", f"{role!r} is listed twice")
    if entity.display == field.name:
        problems.add(
            here,
            f"{field.name!r} is the display of {entity.name} (its first string field when display is not set), "
            "which every role reads in the {id, display} summary of each row related to it; "
            "set display to another field, or remove visible_to",
        )
    for k, item in enumerate(entity.ordering):
        if item.removeprefix("-") == field.name:
            problems.add(
                f"{entity.where}.ordering[{k}]",
                f"orders by {field.name!r}, which only {', '.join(given)} may read (visible_to), so the order "
                "of the rows would reveal it to the other roles; order by another field",
            )
    return tuple(role for role in roles if role in given)
