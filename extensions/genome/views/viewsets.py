"""The view of an entity's generated viewset, apps/<app>/generated/views.py: the
base of the API view the user's views.py extends.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Call, Imports, Node, py_str, str_tuple
from .common import api_summary, method_chain


@dataclass(frozen=True)
class ViewSet:
    """``<Entity>ViewSetBase``: its bases (mixins first), what its docstring says the
    API offers, its queryset and the fields a list searches and orders by."""

    imports: str
    bases: tuple[str, ...]
    summary: str
    # The ``queryset = ...`` statement, related rows fetched with it.
    queryset: str
    search_fields: Node | None
    ordering_fields: Node
    # Some role may act on its own rows only: the viewset names the owner.
    owned: bool
    # Whether some field has ``visible_to``: the viewset carries ``FIELD_ROLES``.
    field_roles: bool


def build(genome: Genome, entity: Entity) -> ViewSet:
    imports = Imports()
    kind = ("WorkspaceScoped" if entity.tenant else "Shared") + (
        "ModelViewSet" if entity.writable else "ReadOnlyModelViewSet"
    )
    imports.add("apps.core.viewsets" if entity.tenant else "apps.core.shared", kind)
    bases = [kind]
    if entity.writable and entity.soft_delete:
        imports.add("apps.core.soft_delete", "SoftDeleteViewSetMixin")
        bases.insert(0, "SoftDeleteViewSetMixin")
    if entity.writable and entity.audit:
        imports.add("apps.audit.mixins", "AuditedViewSetMixin")
        bases.insert(0, "AuditedViewSetMixin")
    if entity.writable:
        # Its rows' writes can be made conditional on the version read.
        imports.add("apps.core.etags", "ETagViewSetMixin")
        bases.insert(0, "ETagViewSetMixin")
    imports.add(f"apps.{entity.app_label}.generated.filters", f"{entity.name}FilterSet")
    imports.add(f"apps.{entity.app_label}.models", entity.name)
    imports.add(f"apps.{entity.app_label}.serializers", f"{entity.name}Serializer")
    if entity.tenant:
        imports.add(f"apps.{entity.app_label}.generated.permissions", "ROLE_PERMISSIONS")
    if entity.owner:
        imports.add(f"apps.{entity.app_label}.generated.permissions", "OWN_ROLE_PERMISSIONS", "OWNER_FIELD")
    if any(f.visible_to for f in entity.fields):
        imports.add(f"apps.{entity.app_label}.generated.permissions", "FIELD_ROLES")
    searched = [f.name for f in entity.fields if f.search]
    ordered = [f.name for f in entity.fields if f.order]
    return ViewSet(
        imports=imports.render(),
        bases=tuple(bases),
        summary=api_summary(entity),
        queryset=queryset(entity),
        search_fields=str_tuple(searched) if searched else None,
        ordering_fields=str_tuple([*ordered, "created_at", "updated_at"]),
        owned=entity.owner is not None,
        field_roles=any(f.visible_to for f in entity.fields),
    )


def queryset(entity: Entity) -> str:
    one = [py_str(r.name) for r in entity.relations if not r.many]
    many = [py_str(r.name) for r in entity.relations if r.many]
    chain = []
    if one:
        chain.append(Call("select_related", one))
    if many:
        chain.append(Call("prefetch_related", many))
    return method_chain(f"{entity.name}.objects", chain or [Call("all")])
