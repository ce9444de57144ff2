"""The view of an entity's serializer tests (``generated/tests/test_serializers.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of, rules_for
from ..kinds.base import Rule
from ..model import Entity, EntityRule, Genome
from ..pycode import Call, Imports, Kw, Lambda, Node, Pair, Seq, def_header, py_str, str_list
from .common import PASSES, RuleCase, foreign_param, foreign_relations, patch_probe, rule_cases


@dataclass(frozen=True)
class CycleTest:
    """A relation to the entity itself refuses a row as its own ancestor."""

    header: str
    relation: str
    # The refusal, as a string literal.
    message: str


@dataclass(frozen=True)
class TestSerializers:
    """The serializer tests: a valid payload, a partial update, the rules the API
    enforces, required fields, cycles and relations to another workspace."""

    imports: str
    # The value of ``REQUIRED``, the fields a payload cannot leave out; None for none.
    required: Node | None
    # A field another request changes while a PATCH of nothing is saved; "" for none.
    patch_probe: str
    cycle_tests: tuple[CycleTest, ...]
    # (field, rule) for each rule the API enforces.
    rules: tuple[tuple[str, Rule], ...]
    # Values at the boundary of each of the entity's rules, sent alone in a partial update.
    rule_cases: tuple[RuleCase, ...]
    # ``pytest.param(field, value, change, message)`` for each rule between two fields
    # that two partial updates at the same time break (``race_case``).
    race_cases: tuple[str, ...]
    # ``("field", lambda other_workspace: ...),`` for each relation to a workspace's rows.
    foreign_params: tuple[str, ...]


def build(genome: Genome, entity: Entity) -> TestSerializers:
    name, app = entity.name, entity.app_label
    factory_module = f"apps.{app}.generated.factories"
    imports = Imports().add("pytest").add(f"apps.{app}.serializers", f"{name}Serializer")
    imports.add(f"apps.{app}.generated.tests.payloads", "payload")
    imports.add("rest_framework.request", "Request").add("rest_framework.test", "APIRequestFactory")
    imports.add("apps.core.testing", "member_of")
    probe = patch_probe(entity)
    cycles = [cycle_test(entity, rel.name) for rel in entity.relations if rel.self_target and not rel.many]
    cases = rule_cases(entity, imports)
    races = [race_case(entity, rule, imports) for rule in racing_rules(entity)]
    if races:
        imports.add(f"apps.{app}.models", name).add("rest_framework.exceptions", "ValidationError")
    if probe or cycles or cases:
        imports.add(factory_module, f"{name}Factory")
    written = [f for f in entity.fields if not f.server_set]
    rules = [(f.name, r) for f in written for r in rules_for(f) if r.api]
    for _, rule in rules:
        for module, member in rule.imports:
            imports.add(module, member)
    if rules or cases or races or required_fields(entity):
        imports.add("apps.core.testing", "skip_unless_sent")
    foreign = foreign_relations(entity)
    for rel in foreign:
        if rel.target is not None:
            imports.add(f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory")
    required = required_fields(entity)
    return TestSerializers(
        imports=imports.render(),
        required=str_list(required) if required else None,
        patch_probe=probe.name if probe else "",
        cycle_tests=tuple(cycles),
        rules=tuple(rules),
        rule_cases=tuple(cases),
        race_cases=tuple(races),
        foreign_params=tuple(foreign_param(rel) for rel in foreign),
    )


def required_fields(entity: Entity) -> list[str]:
    """The fields and relations a create must send: required, without a default."""
    fields = [f.name for f in entity.fields if not f.server_set and f.required and not f.has_default]
    return fields + [r.name for r in entity.relations if r.required and not r.current_user]


def cycle_test(entity: Entity, relation: str) -> CycleTest:
    return CycleTest(
        header=def_header(f"test_a_{relation}_cycle_is_refused", "workspace"),
        relation=relation,
        message=py_str(f"This {relation} would make the {entity.verbose_name} its own ancestor."),
    )


def racing_rules(entity: Entity) -> list[EntityRule]:
    """The rules between two ordered fields that partial updates write one at a time,
    and that share no field with another rule (a change of both sides keeps to it)."""
    return [
        rule
        for rule in entity.rules
        if rule.right is not None
        and kind_of(rule.left).comparison.ordered
        and not any(f.server_set for f in rule.fields)
        and all(sum(f in r.fields for r in entity.rules) == 1 for f in rule.fields)
    ]


def race_case(entity: Entity, rule: EntityRule, imports: Imports) -> str:
    """A partial update of the rule's first field sends a value that passes against
    the row it read; another request's change of the row, valid alone, moves the other
    side past that value, and the first field to where the rule holds."""
    assert rule.right is not None, "racing_rules keeps rules between two fields"
    imports.add("apps.core.testing", "above", "below")
    below_passes, equal_passes, above_passes = PASSES[rule.op]

    def passing(other: str) -> str:
        if equal_passes:
            return other
        return f"below({other})" if below_passes else f"above({other})"

    sent = passing(f"row.{rule.right.name}")
    # Where the other side moves so that the value sent breaks the rule: onto it
    # where equality breaks the rule, else past it on the side that does.
    moved = sent
    if equal_passes:
        moved = f"below({sent})" if below_passes else f"above({sent})"
    change = Seq(
        [Pair(py_str(rule.right.name), moved), Pair(py_str(rule.left.name), passing(moved))], ("{", "}")
    )
    test_id = rule.constraint.removeprefix(f"{entity.app_label}_").removesuffix("_check")
    args = [py_str(rule.left.name), Lambda("row", sent), Lambda("row", change), py_str(rule.message)]
    return "\n".join(Call("pytest.param", [*args, Kw("id", py_str(test_id))]).lines(2, suffix=","))
