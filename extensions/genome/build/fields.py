"""A field of an entity: its type, the keys that type accepts, its filters and search."""

from __future__ import annotations

from .. import naming
from ..errors import Problems, suggest
from ..kinds import KINDS
from ..model import Field
from ..spec import EXTRA_KEYS, FIELD_TYPES, TYPE_KEYS, FieldSpec
from .keys import check_default, check_transitions, check_type_keys
from .names import check_member_name, check_old_name, control_parameter_clash

SEARCHABLE = [name for name, kind in KINDS.items() if kind.query.searchable]


def build_field(problems: Problems, where: str, spec: FieldSpec) -> Field | None:
    if spec.removed:
        return None
    if not check_member_name(problems, f"{where}.name", spec.name):
        return None
    check_old_name(problems, f"{where}.renamed_from", spec.renamed_from, naming.SNAKE_RE)
    if not check_type(problems, where, spec):
        return None
    kind = spec.type
    lookups = field_lookups(problems, where, spec)
    check_list_features(problems, where, spec, lookups)
    field = Field(
        name=spec.name,
        type=kind,
        required=spec.required,
        unique=spec.unique,
        help=spec.help,
        index=spec.index,
        search=spec.search,
        order=spec.order,
        pii=spec.pii,
        phi=spec.phi,
        lookups=lookups,
        read_only=spec.read_only,
        auto=spec.auto,
        choices_class=choices_class(spec.name) if kind == "choice" else "",
    )
    field.spec = spec
    field.where = where
    keys_fit = check_type_keys(problems, where, spec)
    if keys_fit and "default" in spec.given():
        check_default(problems, where, spec, field)
    check_server_set(problems, where, spec)
    if keys_fit and kind == "choice" and spec.transitions is not None:
        field.transitions = check_transitions(problems, where, spec)
    return field


def check_server_set(problems: Problems, where: str, spec: FieldSpec) -> None:
    """A field the API never writes must get its value another way."""
    if spec.auto is not None and "default" in spec.given():
        problems.add(
            f"{where}.default",
            f"auto: {spec.auto} sets the value on every {'save' if spec.auto == 'now' else 'create'}; remove default",
        )
    elif spec.read_only and spec.required and "default" not in spec.given():
        problems.add(
            f"{where}.read_only",
            "the API cannot create a row whose required field it may not write; add a default, or make the field optional",
        )


def check_type(problems: Problems, where: str, spec: FieldSpec) -> bool:
    """A known type, and only the extra keys it accepts (a wrong key does not stop the field)."""
    kind = spec.type
    if kind is None:
        problems.add(f"{where}.type", f"is required (one of {', '.join(FIELD_TYPES)})")
        return False
    if kind not in FIELD_TYPES:
        problems.add(
            f"{where}.type",
            f"{kind!r} is not a field type{suggest(kind, FIELD_TYPES)}; expected one of {', '.join(FIELD_TYPES)}",
        )
        return False
    for key in sorted((spec.given() & EXTRA_KEYS) - TYPE_KEYS[kind]):
        owners = [t for t, keys in TYPE_KEYS.items() if key in keys]
        problems.add(
            f"{where}.{key}",
            f"does not apply to {naming.article(kind)} field; it applies to: {', '.join(owners)}",
        )
    return True


def field_lookups(problems: Problems, where: str, spec: FieldSpec) -> list[str]:
    """The filter lookups ``filter:`` asks for, checked against the type's family."""
    kind = spec.type
    query = KINDS[kind].query
    if not spec.filter:
        return []
    if query.lookups is None:
        problems.add(f"{where}.filter", f"{naming.article(kind)} field cannot be filtered; remove filter")
        return []
    if spec.filter is True:
        return list(query.lookups.default)
    accepted = query.lookups.accepted
    lookups = list(dict.fromkeys(spec.filter))
    for k, lookup in enumerate(lookups):
        if lookup not in accepted:
            problems.add(
                f"{where}.filter[{k}]",
                f"{lookup!r} is not a lookup for {naming.article(kind)} field{suggest(lookup, accepted)}; expected some of {', '.join(accepted)}",
            )
    return lookups


def check_list_features(problems: Problems, where: str, spec: FieldSpec, lookups: list[str]) -> None:
    """Filter, search, order and uniqueness, where the field's type allows them."""
    kind = spec.type
    query = KINDS[kind].query
    family = query.lookups
    bare = family is not None and family.bare in lookups
    if bare and spec.name in naming.CONTROL_PARAMETERS:
        other = "in" if "in" in family.accepted else next(k for k in family.accepted if k != family.bare)
        fix = f"[{other}]"
        problems.add(
            f"{where}.filter",
            f"{control_parameter_clash(spec.name)}; remove filter, or list lookups that have their own parameter, such as {fix}",
        )
    if spec.search and not query.searchable:
        problems.add(
            f"{where}.search",
            f"{naming.article(kind)} field cannot be searched; search works on text fields ({', '.join(SEARCHABLE)})",
        )
    if spec.order and not query.orderable:
        problems.add(f"{where}.order", f"{naming.article(kind)} field cannot be ordered by; remove order")
    if spec.unique and not KINDS[kind].django.unique:
        problems.add(f"{where}.unique", f"{naming.article(kind)} field cannot be unique")


def choices_class(field_name: str) -> str:
    """The TextChoices class of a choice field, named so it shadows nothing on the model."""
    name = naming.pascal(field_name)
    return f"{name}Choices" if name in {"Meta", "DoesNotExist", "MultipleObjectsReturned", "Base"} else name
