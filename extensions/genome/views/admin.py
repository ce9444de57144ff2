"""The view of an entity's generated admin, apps/<app>/generated/admin.py: the
``<Entity>AdminBase`` the user's admin.py registers, and its inlines.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Genome, Inline
from ..pycode import Imports, Node, Seq, py_str, str_tuple


@dataclass(frozen=True)
class InlineAdmin:
    """The rows of another entity that point to this one, edited on its page."""

    name: str
    base: str
    model: str
    fk_name: str
    fields: Node
    raw_id_fields: Node | None


@dataclass(frozen=True)
class Admin:
    """``<Entity>AdminBase``: its bases (mixins first), inlines and options; an
    option is None where the admin's default stands."""

    imports: str
    bases: tuple[str, ...]
    inlines: tuple[InlineAdmin, ...]
    list_display: Node
    search_fields: Node | None
    list_filter: Node | None
    list_select_related: Node | None
    # Server-set fields and the timestamps: shown, never edited.
    readonly_fields: Node
    # Raw id inputs scale to any number of rows, where a select loads them all.
    raw_id_fields: Node | None
    inline_classes: Node | None


def build(genome: Genome, entity: Entity) -> Admin:
    imports = Imports().add("apps.core.admin", "GeneratedModelAdmin")
    inlines = tuple(inline_admin(inline, imports) for inline in entity.inlines)
    bases = ["GeneratedModelAdmin"]
    if entity.soft_delete:
        imports.add("apps.core.soft_delete_admin", "SoftDeleteAdminMixin")
        bases.insert(0, "SoftDeleteAdminMixin")
    if entity.audit:
        imports.add("apps.audit.admin", "AuditedAdminMixin")
        bases.insert(0, "AuditedAdminMixin")
    searched = [f.name for f in entity.fields if f.search]
    filtered = [f.name for f in entity.fields if kind_of(f).query.admin_filter]
    filtered += [r.name for r in entity.relations if not r.many and r.filter]
    one = [r.name for r in entity.relations if not r.many]
    related = (["workspace"] if entity.tenant else []) + [r.name for r in entity.relations]
    return Admin(
        imports=imports.render(),
        bases=tuple(bases),
        inlines=inlines,
        list_display=str_tuple(["id", *listed(entity), "created_at"]),
        search_fields=str_tuple(searched) if searched else None,
        list_filter=str_tuple(filtered) if filtered else None,
        list_select_related=str_tuple(one) if one else None,
        readonly_fields=str_tuple(
            [*(f.name for f in entity.fields if f.server_set), "created_at", "updated_at"]
        ),
        raw_id_fields=str_tuple(related) if related else None,
        inline_classes=Seq([i.name for i in inlines], ("(", ")")) if inlines else None,
    )


def listed(entity: Entity) -> list[str]:
    """The list's columns: the display field, up to four more fields, and
    relations to six."""
    display = [] if entity.display == "id" else [entity.display]
    fields = [f.name for f in entity.fields if f.name not in display and kind_of(f).query.admin_column]
    columns = display + fields[:4]
    return columns + [r.name for r in entity.relations if not r.many][: max(0, 6 - len(columns))]


def inline_admin(inline: Inline, imports: Imports) -> InlineAdmin:
    source = inline.source
    base = "WorkspaceInline" if source.tenant else "GeneratedInlineAdmin"
    imports.add("apps.core.admin", base)
    imports.add(f"apps.{source.app_label}.models", source.name)
    relations = {r.name for r in source.relations}
    raw = [name for name in inline.fields if name in relations]
    return InlineAdmin(
        name=inline.class_name,
        base=base,
        model=source.name,
        fk_name=py_str(inline.fk_name),
        fields=str_tuple(inline.fields),
        raw_id_fields=str_tuple(raw) if raw else None,
    )
