"""The view of an entity's model tests (``generated/tests/test_models.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import rules_for
from ..kinds.base import Rule
from ..model import Entity, Genome
from ..pycode import Imports, def_header, py_str
from .common import RuleCase, ordering_index, ordering_index_name, rule_cases, str_expression


@dataclass(frozen=True)
class UniqueTest:
    """A field, or fields together, hold a value once (in a workspace)."""

    header: str
    # ``name=first.name, ...``: the first row's values again.
    same: str
    # The same values in another workspace are accepted.
    elsewhere: bool


@dataclass(frozen=True)
class AdminWorkspaceTest:
    """The admin offers a relation only rows of the workspace, and refuses others."""

    header: str
    field: str
    # A row of the other workspace, as the relation takes.
    foreign: str
    # What the refusal calls that row.
    kind: str
    # The inline admin class the relation is in; "" for the entity's own admin.
    inline: str = ""


@dataclass(frozen=True)
class TestModels:
    """The model tests: ``__str__``, the rules ``full_clean`` enforces, uniqueness,
    the default order's index and the admin's workspace checks."""

    imports: str
    str_expected: str
    # (field, rule) for each rule the model enforces.
    rules: tuple[tuple[str, Rule], ...]
    # Values at the boundary of each of the entity's rules, which its CheckConstraints hold.
    rule_cases: tuple[RuleCase, ...]
    unique_tests: tuple[UniqueTest, ...]
    # The index a list in the default order reads, and that order; "" for none.
    ordering_index: str
    order_by: tuple[str, ...]
    admin_tests: tuple[AdminWorkspaceTest, ...]


def build(genome: Genome, entity: Entity) -> TestModels:
    name, app = entity.name, entity.app_label
    imports = Imports().add("pytest").add(f"apps.{app}.generated.factories", f"{name}Factory")
    if entity.tenant:
        imports.add(f"apps.{app}.models", name)
    rules = [(f.name, r) for f in entity.fields for r in rules_for(f) if r.model]
    if rules:
        imports.add("django.core.exceptions", "ValidationError")
    for _, rule in rules:
        for module, member in rule.imports:
            imports.add(module, member)
    unique_groups = [[f.name] for f in entity.fields if f.unique] + entity.unique_together
    cases = rule_cases(entity, imports)
    if unique_groups or cases:
        imports.add("django.db", "IntegrityError", "transaction")
    found = (admin_test(genome, entity, imports), inline_admin_test(genome, entity, imports))
    admin_tests = tuple(test for test in found if test is not None)
    index = ordering_index_name(entity) if ordering_index(entity) else ""
    if index:
        imports.add("django.db", "connection").add(f"apps.{app}.models", name)
    return TestModels(
        imports=imports.render(),
        str_expected=str_expression(entity, "row"),
        rules=tuple(rules),
        rule_cases=tuple(cases),
        unique_tests=tuple(unique_test(entity, group) for group in unique_groups),
        ordering_index=index,
        order_by=tuple(py_str(term) for term in [*entity.ordering, "pk"]),
        admin_tests=admin_tests,
    )


def unique_test(entity: Entity, group: list[str]) -> UniqueTest:
    scope = ["workspace", "other_workspace"] if entity.tenant else []
    where = "_within_a_workspace" if entity.tenant else ""
    relations = {r.name for r in entity.relations}
    return UniqueTest(
        header=def_header(f"test_{'_and_'.join(group)}_is_unique{where}", *scope),
        same=", ".join(f"{name}=first.{name}" for name in group),
        # A relation's row belongs to one workspace: another's cannot take it.
        elsewhere=entity.tenant and not any(name in relations for name in group),
    )


def admin_test(genome: Genome, entity: Entity, imports: Imports) -> AdminWorkspaceTest | None:
    """The admin form's first to-one relation to rows of a workspace."""
    if not (genome.features.admin and entity.tenant):
        return None
    rel = next((r for r in entity.relations if not r.many and r.target is not None and r.target.tenant), None)
    if rel is None or rel.target is None:
        return None
    _admin_imports(entity, imports)
    target = f"{rel.target.name}Factory"
    if rel.target is not entity:
        imports.add(f"apps.{rel.target.app_label}.generated.factories", target)
    return AdminWorkspaceTest(
        header=def_header(
            f"test_the_admin_keeps_{rel.name}_inside_the_workspace", "rf", "workspace", "other_workspace"
        ),
        field=rel.name,
        foreign=f"{target}.create(workspace=other_workspace)",
        kind=rel.target.verbose_name,
    )


def inline_admin_test(genome: Genome, entity: Entity, imports: Imports) -> AdminWorkspaceTest | None:
    """The first relation of an inline's rows to rows of a workspace."""
    if not (genome.features.admin and entity.tenant):
        return None
    found = next(
        (
            (inline, rel)
            for inline in entity.inlines
            if inline.source.tenant
            for rel in inline.source.relations
            if rel.name in inline.fields
            and rel.name != inline.fk_name
            and not rel.many
            and (rel.target is None or rel.target.tenant)
        ),
        None,
    )
    if found is None:
        return None
    inline, rel = found
    _admin_imports(entity, imports)
    imports.add(f"apps.{entity.app_label}.generated.admin", inline.class_name)
    if rel.target is None:
        foreign, kind = "UserFactory.create()", "user"
    else:
        target = f"{rel.target.name}Factory"
        if rel.target is not entity:
            imports.add(f"apps.{rel.target.app_label}.generated.factories", target)
        foreign, kind = f"{target}.create(workspace=other_workspace)", rel.target.verbose_name
    name = f"test_the_admin_keeps_{inline.source.snake}_{rel.name}_rows_inside_the_workspace"
    return AdminWorkspaceTest(
        header=def_header(name, "rf", "workspace", "other_workspace"),
        field=rel.name,
        foreign=foreign,
        kind=kind,
        inline=inline.class_name,
    )


def _admin_imports(entity: Entity, imports: Imports) -> None:
    imports.add("django.contrib", "admin").add("apps.users.factories", "UserFactory")
    imports.add("django.core.exceptions", "ValidationError")
    imports.add(f"apps.{entity.app_label}.models", entity.name)
