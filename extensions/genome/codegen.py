"""Source snippets of the generated project, computed once per genome.

Each entity gets ``entity.code``: import blocks and declarations for its generated
modules (models, serializers, views, filters, admin, factories, tests). Templates
lay these out; they never decide anything themselves.
"""

from __future__ import annotations

from . import naming
from .kinds import (
    blank_unique,
    constrained,
    factory_value,
    field_call,
    rules_for,
)
from .model import Entity, Field, Genome, Relation, Rule
from .pycode import (
    Call,
    Imports,
    Kw,
    Pair,
    Raw,
    Seq,
    assign,
    class_header,
    def_header,
    py_str,
    str_list,
    str_tuple,
    tuple_assign,
)
from .views.common import (
    PATCH_PROBE_TYPES,
    actor_fixtures,
    api_summary,
    docstring,
    foreign_param,
    foreign_value,
    method_chain,
    ordering_index,
    ordering_index_name,
    parametrize,
    payload_relation,
    str_expression,
)

ON_DELETE = {"cascade": "CASCADE", "protect": "PROTECT", "set_null": "SET_NULL", "restrict": "RESTRICT"}
DJANGO_KIND = {"many_to_one": "ForeignKey", "one_to_one": "OneToOneField", "many_to_many": "ManyToManyField"}
# Attributes that djangorestframework-stubs declares on serializers and fields: a
# relation of the same name is declared on a read serializer with a type: ignore.
DRF_SERIALIZER_ATTRIBUTES = frozenset(
    {
        "allow_null",
        "bind",
        "context",
        "create",
        "data",
        "default_error_messages",
        "default_validators",
        "error_messages",
        "errors",
        "fail",
        "field_name",
        "fields",
        "get_attribute",
        "get_default",
        "get_fields",
        "get_initial",
        "get_validators",
        "get_value",
        "help_text",
        "is_valid",
        "label",
        "many",
        "parent",
        "partial",
        "read_only",
        "required",
        "root",
        "run_validation",
        "run_validators",
        "save",
        "source",
        "source_attrs",
        "style",
        "to_internal_value",
        "to_representation",
        "update",
        "validate",
        "validators",
        "write_only",
    }
)


def generate(genome: Genome) -> None:
    """Fill each ``entity.code``."""
    constants = {role.value: role.constant for role in genome.roles}
    for entity in genome.entities:
        EntityCode(entity, genome).build()
        if entity.tenant:
            matrix = Seq(
                [
                    Pair(py_str(action), Seq([f"Role.{constants[r]}" for r in roles], ("(", ")")))
                    for action, roles in entity.permissions.items()
                ],
                ("{", "}"),
            )
            entity.code["role_permissions"] = "\n".join(matrix.lines(0, prefix="ROLE_PERMISSIONS = "))


class EntityCode:
    def __init__(self, entity: Entity, genome: Genome):
        self.entity = entity
        self.genome = genome
        self.code = entity.code

    def build(self) -> None:
        entity = self.entity
        name, app = entity.name, entity.app_label
        summary = entity.description or f"{naming.title(name)}."
        self.code["docstring"] = docstring(summary, indent=1)
        # The modules users own: imports and class headers sized for any name.
        self.code["user_models_imports"] = (
            Imports().add(f"apps.{app}.generated.models", f"{name}Base").render()
        )
        self.code["user_model_class"] = class_header(name, f"{name}Base")
        self.code["app_verbose_name"] = assign(
            "verbose_name", py_str(entity.verbose_name_plural.capitalize())
        )
        self.code["user_serializers_imports"] = (
            Imports().add(f"apps.{app}.generated.serializers", f"{name}WriteSerializer").render()
        )
        self.code["user_serializer_class"] = class_header(f"{name}Serializer", f"{name}WriteSerializer")
        self.code["user_views_imports"] = (
            Imports().add(f"apps.{app}.generated.views", f"{name}ViewSetBase").render()
        )
        self.code["user_viewset_class"] = class_header(f"{name}ViewSet", f"{name}ViewSetBase")
        admin_imports = (
            Imports().add("django.contrib", "admin").add(f"apps.{app}.generated.admin", f"{name}AdminBase")
        )
        self.code["user_admin_imports"] = admin_imports.add(f"apps.{app}.models", name).render()
        self.code["user_admin_class"] = class_header(f"{name}Admin", f"{name}AdminBase")
        self.models()
        self.serializers()
        self.filters()
        self.views()
        self.admin()
        self.factories()
        self.tests()

    # ----------------------------------------------------------- models
    def models(self) -> None:
        entity = self.entity
        imports = Imports().add("django.db", "models")
        if entity.soft_delete:
            base = "WorkspaceScopedSoftDeleteModel" if entity.tenant else "SoftDeleteModel"
            imports.add("apps.core.soft_delete", base)
        else:
            base = "WorkspaceScopedModel" if entity.tenant else "TimeStampedModel"
            imports.add("apps.core.models", base)
        choices: list[str] = []
        declarations: list[str] = []
        for field in entity.fields:
            if field.type == "choice":
                choices.append(self.choices_class(field))
            declarations.append(assign(field.name, field_call(self.entity, field, imports)))
        for rel in entity.relations:
            declarations.append(assign(rel.name, self.relation_call(rel, imports)))
        masked = [f.name for f in entity.fields if f.pii or f.phi]
        if entity.audit and masked:
            # The audit log records that these changed, never their values.
            declarations.append(assign("audit_masked_fields", str_tuple(masked)))
        meta = [
            assign("abstract", "True", 2),
            assign(
                "ordering",
                str_tuple(entity.ordering)
                if len(entity.ordering) > 1
                else Seq([py_str(o) for o in entity.ordering], ("(", ")")),
                2,
            ),
            assign("verbose_name", py_str(entity.verbose_name), 2),
            assign("verbose_name_plural", py_str(entity.verbose_name_plural), 2),
        ]
        indexes = self.indexes()
        if indexes:
            meta.append(assign("indexes", Seq(indexes), 2))
        constraints = self.constraints()
        if constraints:
            meta.append(assign("constraints", Seq(constraints), 2))
        self.code["models_imports"] = imports.render()
        self.code["model_class"] = class_header(f"{entity.name}Base", base)
        sections = [*choices, "\n".join(declarations)] if declarations else choices
        self.code["model_body"] = "".join(f"{section}\n\n" for section in sections)
        self.code["model_meta"] = meta
        self.code["model_str"] = str_expression(entity)

    def choices_class(self, field: Field) -> str:
        name = field.choices_class
        lines = [f"    class {name}(models.TextChoices):"]
        for choice in field.spec.choices:
            value = choice if isinstance(choice, str) else choice.value
            label = (None if isinstance(choice, str) else choice.label) or naming.title(value) or value
            lines.append(tuple_assign(naming.upper_snake(value), [py_str(value), py_str(label)], 2))
        return "\n".join(lines)

    def relation_call(self, rel: Relation, imports: Imports) -> Call:
        if rel.target is None:
            imports.add("django.conf", "settings")
            target = "settings.AUTH_USER_MODEL"
        elif rel.target is self.entity:
            target = '"self"'
        else:
            target = py_str(f"{rel.target.app_label}.{rel.target.name}")
        args: list = [target]
        if rel.many:
            if rel.target is self.entity:
                args.append(Kw("symmetrical", "False"))
            if not rel.required:
                args.append(Kw("blank", "True"))
        else:
            args.append(Kw("on_delete", f"models.{ON_DELETE[rel.on_delete]}"))
            if not rel.required:
                args += [Kw("null", "True"), Kw("blank", "True")]
        args.append(Kw("related_name", py_str(rel.related_name)))
        if rel.help:
            args.append(Kw("help_text", py_str(rel.help)))
        return Call(f"models.{DJANGO_KIND[rel.kind]}", args)

    def indexes(self) -> list[Call]:
        entity = self.entity
        if not entity.tenant:
            return []
        calls = []
        for field in entity.fields:
            if field.index and not field.unique:
                name = naming.short_name(entity.app_label, field.name, limit=30, suffix="idx")
                calls.append(
                    Call(
                        "models.Index",
                        [
                            Kw("fields", Seq([py_str("workspace"), py_str(field.name)])),
                            Kw("name", py_str(name)),
                        ],
                    )
                )
        order = ordering_index(self.entity)
        if order:
            # Not partial on live rows: turning soft delete on only adds its column.
            args = [
                Kw("fields", Seq([py_str(c) for c in ["workspace", *order]])),
                Kw("name", py_str(ordering_index_name(self.entity))),
            ]
            calls.append(Call("models.Index", args))
        return calls

    def constraints(self) -> list[Call]:
        entity = self.entity
        prefix = ["workspace"] if entity.tenant else []
        groups: list[tuple[list[str], str | None]] = []
        for field in entity.fields:
            if constrained(entity, field):
                # An optional text value is "" when absent; blanks never collide.
                groups.append(([field.name], field.name if blank_unique(field) else None))
        groups += [(group, None) for group in entity.unique_together]
        calls = []
        for group, blank in groups:
            name = naming.short_name(entity.app_label, *group, limit=63, suffix="uniq")
            readable = ", ".join(naming.title(g).lower() for g in group)
            scope = " in this workspace" if entity.tenant else ""
            message = f"A {entity.verbose_name} with this {readable} already exists{scope}."
            args: list = [Kw("fields", Seq([py_str(c) for c in [*prefix, *group]])), Kw("name", py_str(name))]
            # Soft-deleted rows keep their values but do not hold them.
            conditions = ["models.Q(deleted_at=None)"] if entity.soft_delete else []
            if blank:
                conditions.append(f'~models.Q({blank}="")')
            if conditions:
                args.append(Kw("condition", " & ".join(conditions)))
            args.append(Kw("violation_error_message", py_str(message)))
            calls.append(Call("models.UniqueConstraint", args))
        return calls

    # ------------------------------------------------------ serializers
    def serializers(self) -> None:
        entity = self.entity
        imports = Imports().add("rest_framework", "serializers")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        # Soft-deleting entities check unique values against live rows only.
        base = "SoftDeleteModelSerializer" if entity.soft_delete else "GeneratedModelSerializer"
        imports.add("apps.core.soft_delete" if entity.soft_delete else "apps.core.serializers", base)
        name = entity.name
        self.code["read_serializer_class"] = class_header(
            f"{name}ReadSerializer", "serializers.ModelSerializer"
        )
        self.code["write_serializer_class"] = class_header(f"{name}WriteSerializer", base)
        self.code["read_serializer"] = assign("read_serializer_class", f"{name}ReadSerializer")
        names = [f.name for f in entity.fields] + [r.name for r in entity.relations]
        read_declarations = []
        for field in entity.fields:
            if field.type in {"file", "image"}:
                # The URL of the view that checks who asks, never MEDIA_URL.
                imports.add("apps.core.uploads", "PrivateFileField")
                read_declarations.append(
                    assign(field.name, Call("PrivateFileField", [Kw("read_only", "True")]))
                )
        for rel in entity.relations:
            args = [Kw("many", "True")] if rel.many else []
            if rel.target is not None and rel.target.soft_delete and not rel.many:
                # A soft-deleted row reads as null (many-to-many rows just drop out).
                imports.add("apps.core.soft_delete", "LiveSummaryField")
                field_class = "LiveSummaryField"
            else:
                imports.add("apps.core.serializers", "SummaryField")
                field_class = "SummaryField"
            declaration = assign(rel.name, Call(field_class, [*args, Kw("read_only", "True")]))
            if rel.name in DRF_SERIALIZER_ATTRIBUTES:
                # DRF's metaclass pops declared fields off the class, so the name is
                # free at run time; only the type checker sees the base's attribute.
                first, *rest = declaration.split("\n")
                declaration = "\n".join([f"{first}  # type: ignore[assignment]", *rest])
            read_declarations.append(declaration)
        write_declarations = []
        if entity.tenant:
            imports.add("apps.core.serializers", "CurrentWorkspaceDefault")
            write_declarations.append(
                assign(
                    "workspace", Call("serializers.HiddenField", [Kw("default", "CurrentWorkspaceDefault()")])
                )
            )
        # A self relation is followed up to check that a row never becomes its own ancestor.
        acyclic = [r.name for r in entity.relations if r.self_target and not r.many]
        self.code["acyclic_relations"] = assign("acyclic_relations", str_tuple(acyclic)) if acyclic else ""
        self.code["serializers_imports"] = imports.render()
        self.code["read_declarations"] = read_declarations
        self.code["write_declarations"] = write_declarations
        self.code["read_fields"] = assign("fields", str_tuple(["id", *names, "created_at", "updated_at"]), 2)
        self.code["write_fields"] = assign(
            "fields", str_tuple(["id", *(["workspace"] if entity.tenant else []), *names]), 2
        )

    # ----------------------------------------------------------- filters
    def filters(self) -> None:
        entity = self.entity
        imports = Imports().add("apps.core.filters", "FilterSet")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        declarations = []
        lookups: list[Kw] = []
        for field in entity.fields:
            if not field.lookups:
                continue
            if field.type == "list":
                imports.add("apps.core.filters", "ArrayFilter")
                for lookup in field.lookups:
                    param = field.name if lookup == "contains" else f"{field.name}__{lookup}"
                    declarations.append(
                        assign(
                            param,
                            Call(
                                "ArrayFilter",
                                [Kw("field_name", py_str(field.name)), Kw("lookup_expr", py_str(lookup))],
                            ),
                        )
                    )
                continue
            lookups.append(Pair(py_str(field.name), str_list(field.lookups)))
        for rel in entity.relations:
            if rel.filter:
                # By id, not ModelChoiceFilter: an id from another workspace must
                # look exactly like one that does not exist.
                imports.add("django_filters", "rest_framework as filters")
                declarations.append(
                    assign(rel.name, Call("filters.NumberFilter", [Kw("field_name", py_str(rel.name))]))
                )
        self.code["filters_imports"] = imports.render()
        self.code["filter_declarations"] = declarations
        self.code["filter_fields"] = assign("fields", Seq(lookups, ("{", "}")) if lookups else "()", 2)

    # ------------------------------------------------------------- views
    def views(self) -> None:
        entity = self.entity
        if not entity.routed:
            return
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
        query: str = f"{entity.name}.objects"
        one = [r.name for r in entity.relations if not r.many]
        many = [r.name for r in entity.relations if r.many]
        chain: list = []
        if one:
            chain.append(Call("select_related", [py_str(n) for n in one]))
        if many:
            chain.append(Call("prefetch_related", [py_str(n) for n in many]))
        queryset = method_chain(query, chain or [Call("all")])
        attrs = [
            queryset,
            assign("serializer_class", f"{entity.name}Serializer"),
            assign("filterset_class", f"{entity.name}FilterSet"),
        ]
        if entity.tenant:
            imports.add(f"apps.{entity.app_label}.generated.permissions", "ROLE_PERMISSIONS")
            attrs.append(assign("role_permissions", "ROLE_PERMISSIONS"))
        searched = [f.name for f in entity.fields if f.search]
        if searched:
            attrs.append(assign("search_fields", str_tuple(searched)))
        attrs.append(
            assign(
                "ordering_fields",
                str_tuple([*(f.name for f in entity.fields if f.order), "created_at", "updated_at"]),
            )
        )
        self.code["api_summary"] = api_summary(entity)
        self.code["views_imports"] = imports.render()
        self.code["viewset_class"] = class_header(f"{entity.name}ViewSetBase", *bases)
        self.code["viewset_attrs"] = attrs

    # ------------------------------------------------------------- admin
    def admin(self) -> None:
        entity = self.entity
        imports = Imports().add("apps.core.admin", "GeneratedModelAdmin")
        inline_blocks = []
        for inline in entity.inlines:
            source = inline.source
            base = "WorkspaceInline" if source.tenant else "GeneratedInlineAdmin"
            imports.add("apps.core.admin", base)
            imports.add(f"apps.{source.app_label}.models", source.name)
            lines = [
                class_header(inline.class_name, base),
                assign("model", source.name),
                f"    fk_name = {py_str(inline.fk_name)}",
                assign("fields", str_tuple(inline.fields)),
            ]
            relations = {r.name for r in source.relations}
            raw = [name for name in inline.fields if name in relations]
            if raw:
                lines.append(assign("raw_id_fields", str_tuple(raw)))
            inline_blocks.append("\n".join(lines))
        display = [] if entity.display == "id" else [entity.display]
        listed = (
            display
            + [
                f.name
                for f in entity.fields
                if f.name not in display and f.type not in {"json", "list", "text", "file", "image"}
            ][:4]
        )
        listed += [r.name for r in entity.relations if not r.many][: max(0, 6 - len(listed))]
        list_filter = [f.name for f in entity.fields if f.type in {"choice", "boolean", "date", "datetime"}]
        list_filter += [r.name for r in entity.relations if not r.many and r.filter]
        attrs = [assign("list_display", str_tuple(["id", *listed, "created_at"]))]
        searched = [f.name for f in entity.fields if f.search]
        if searched:
            attrs.append(assign("search_fields", str_tuple(searched)))
        if list_filter:
            attrs.append(assign("list_filter", str_tuple(list_filter)))
        attrs.append(assign("readonly_fields", str_tuple(["created_at", "updated_at"])))
        one = [r.name for r in entity.relations if not r.many]
        if one:
            attrs.append(assign("list_select_related", str_tuple(one)))
        # Raw id inputs scale to any number of rows, where a select loads them all.
        related = (["workspace"] if entity.tenant else []) + [r.name for r in entity.relations]
        if related:
            attrs.append(assign("raw_id_fields", str_tuple(related)))
        if entity.inlines:
            attrs.append(assign("inlines", Seq([i.class_name for i in entity.inlines], ("(", ")"))))
        bases = ["GeneratedModelAdmin"]
        if entity.soft_delete:
            imports.add("apps.core.soft_delete_admin", "SoftDeleteAdminMixin")
            bases.insert(0, "SoftDeleteAdminMixin")
        if entity.audit:
            imports.add("apps.audit.admin", "AuditedAdminMixin")
            bases.insert(0, "AuditedAdminMixin")
        self.code["admin_class"] = class_header(f"{entity.name}AdminBase", *bases)
        self.code["admin_imports"] = imports.render()
        self.code["admin_inlines"] = inline_blocks
        self.code["admin_attrs"] = attrs

    # --------------------------------------------------------- factories
    def factories(self) -> None:
        entity = self.entity
        imports = Imports().add("factory")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        declarations: list[str] = []
        if entity.tenant:
            imports.add("apps.users.factories", "WorkspaceFactory")
            declarations.append(assign("workspace", Call("factory.SubFactory", ["WorkspaceFactory"])))
        for field in entity.fields:
            declarations.append(assign(field.name, factory_value(self.entity, field, imports)))
        traits: list[str] = []
        post: list[str] = []
        for rel in entity.relations:
            if rel.many:
                post.append(
                    "\n".join(
                        [
                            "    @factory.post_generation",
                            f"    def {rel.name}(self, create, extracted, **kwargs):",
                            "        if create and extracted:",
                            f"            self.{rel.name}.set(extracted)",
                        ]
                    )
                )
                continue
            sub = self.subfactory(rel, imports)
            if rel.required:
                declarations.append(assign(rel.name, sub))
            elif rel.target is not self.entity:
                traits.append("\n".join(Kw(rel.name, sub).lines(3, suffix=",")))
        self.code["factories_imports"] = imports.render()
        # Generic in the model, so that Factory.create() is typed as the model.
        model_factory = f"factory.django.DjangoModelFactory[{entity.name}]"
        self.code["factory_class"] = class_header(f"{entity.name}Factory", model_factory)
        self.code["factory_meta"] = ["        skip_postgeneration_save = True"] if post else []
        self.code["factory_declarations"] = declarations
        self.code["factory_traits"] = traits
        self.code["factory_post"] = post

    def subfactory(self, rel: Relation, imports: Imports) -> Call:
        if rel.target is None:
            imports.add("apps.users.factories", "UserFactory")
            return Call("factory.SubFactory", ["UserFactory"])
        target = rel.target
        # By import path: factories of entities that point to each other would
        # otherwise import each other.
        args: list = [py_str(f"apps.{target.app_label}.generated.factories.{target.name}Factory")]
        if target.tenant:
            args.append(Kw("workspace", Call("factory.SelfAttribute", [py_str("..workspace")])))
        return Call("factory.SubFactory", args)

    # ------------------------------------------------------------- tests
    def tests(self) -> None:
        entity = self.entity
        for field in entity.fields:
            field.rules = rules_for(field)
        model_rules = [r for f in entity.fields for r in f.rules if r.model]
        api_rules = [r for f in entity.fields for r in f.rules if r.api]
        name = entity.name
        factory_module = f"apps.{entity.app_label}.generated.factories"
        payload_imports = Imports().add("apps.core.testing", "payload_for")
        payload_imports.add(factory_module, f"{name}Factory")
        payload_imports.add(f"apps.{entity.app_label}.serializers", f"{name}Serializer")
        for rel in entity.relations:
            if rel.target is None:
                payload_imports.add("apps.core.testing", "member_of")
            elif rel.target is not entity:
                payload_imports.add(
                    f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory"
                )
        self.code["payload_imports"] = payload_imports.render()
        self.code["payload_call"] = "\n".join(
            Call(
                "payload_for",
                [
                    f"{name}Serializer",
                    f"{name}Factory.build()",
                    *(payload_relation(r) for r in entity.relations),
                ],
            ).lines(1, prefix="return ")
        )

        # test_models
        imports = Imports().add("pytest").add(factory_module, f"{name}Factory")
        if entity.tenant:
            imports.add(f"apps.{entity.app_label}.models", name)
        if model_rules:
            imports.add("django.core.exceptions", "ValidationError")
        unique_groups = [[f.name] for f in entity.fields if f.unique] + entity.unique_together
        if unique_groups:
            imports.add("django.db", "IntegrityError", "transaction")
        self._rule_imports(model_rules, imports)
        admin_tests = [self.admin_workspace_test(imports), self.admin_inline_workspace_test(imports)]
        self.code["admin_workspace_test"] = "\n\n\n".join(test for test in admin_tests if test)
        self.code["ordering_index"] = ordering_index_name(self.entity) if ordering_index(self.entity) else ""
        if ordering_index(self.entity):
            imports.add("django.db", "connection").add(f"apps.{entity.app_label}.models", name)
            ordered = Call("rows.order_by", [*(py_str(t) for t in entity.ordering), '"pk"'])
            self.code["ordered_rows"] = "\n".join(ordered.lines(1, prefix="rows = "))
        self.code["test_models_imports"] = imports.render()
        self.code["model_rule_params"] = [self._param(r) for r in model_rules]
        self.code["unique_tests"] = [self._unique_test(g) for g in unique_groups]

        # test_serializers
        imports = Imports().add("pytest").add(f"apps.{entity.app_label}.serializers", f"{name}Serializer")
        imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
        imports.add("rest_framework.request", "Request").add("rest_framework.test", "APIRequestFactory")
        imports.add("apps.core.testing", "member_of")
        # A field another request changes while a PATCH of nothing is saved.
        untouched = next((f.name for f in entity.fields if f.type in PATCH_PROBE_TYPES), "")
        self.code["patch_probe"] = untouched
        if untouched:
            imports.add(factory_module, f"{name}Factory")
            update = Call("type(row).objects.filter(pk=row.pk).update", [Kw(untouched, "changed")])
            self.code["patch_probe_update"] = "\n".join(update.lines(1))
        cycle_tests = []
        for rel in entity.relations:
            if not rel.self_target or rel.many:
                continue
            imports.add(factory_module, f"{name}Factory")
            scope = [Kw("workspace", "workspace")] if entity.tenant else []
            below = Call(f"{name}Factory.create", [*scope, Kw(rel.name, "row")])
            message = f"This {rel.name} would make the {entity.verbose_name} its own ancestor."
            check = [
                *Call("serializer_for", [f"{{{py_str(rel.name)}: target.pk}}", "workspace", "row"]).lines(
                    1, prefix="serializer = "
                ),
                "    assert not serializer.is_valid()",
                f"    assert serializer.errors[{py_str(rel.name)}] == [message]",
            ]
            lines = [
                def_header(f"test_a_{rel.name}_cycle_is_refused", "workspace"),
                *Call(f"{name}Factory.create", scope).lines(1, prefix="row = "),
                f"    message = {py_str(message)}",
                "    target = row  # Itself.",
                *check,
                f"    # A row whose {rel.name} is this one.",
                *below.lines(1, prefix="target = "),
                *check,
            ]
            cycle_tests.append("\n".join(lines))
        self.code["cycle_tests"] = cycle_tests
        returned = Call(
            f"{name}Serializer", ["row", "data", Kw("context", "context"), Kw("partial", "row is not None")]
        )
        self.code["serializer_for"] = "\n".join(
            [
                def_header(
                    "serializer_for", "data: dict", "workspace", "row=None", returns=f"{name}Serializer"
                ),
                '    """The serializer as the API builds it, for a member\'s request; ``row`` to update."""',
                '    request = Request(APIRequestFactory().post("/"))',
                "    request.user = member_of(workspace)",
                '    context = {"request": request, "workspace": workspace}',
                *returned.lines(1, prefix="return "),
            ]
        )
        self._rule_imports(api_rules, imports)
        foreign = [r for r in entity.relations if r.target is None or (r.target.tenant and entity.tenant)]
        for rel in foreign:
            if rel.target is None:
                imports.add("apps.core.testing", "member_of")
            else:
                imports.add(f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory")
        self.code["test_serializers_imports"] = imports.render()
        self.code["api_rule_params"] = [self._param(r) for r in api_rules]
        required = [f.name for f in entity.fields if f.required and not f.has_default]
        required += [r.name for r in entity.relations if r.required]
        self.code["required_names"] = (
            "\n".join(str_list(required).lines(0, prefix="REQUIRED = ")) if required else ""
        )
        self.code["foreign_params"] = [foreign_param(r) for r in foreign]

        # test_views
        imports = Imports().add("pytest").add("rest_framework", "status")
        imports.add(factory_module, f"{name}Factory")
        imports.add("django.db", "connection").add("django.test.utils", "CaptureQueriesContext")
        if entity.writable:
            imports.add("apps.core.testing", "request_kwargs")
            imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
        filters_exact = [f.name for f in entity.fields if "exact" in f.lookups]
        filters_list = [f.name for f in entity.fields if f.type == "list" and "contains" in f.lookups]
        if filters_exact or filters_list:
            imports.add(f"apps.{entity.app_label}.serializers", f"{name}Serializer")
        if entity.writable or any(f.order or f.search for f in entity.fields):
            imports.add(f"apps.{entity.app_label}.models", name)
        batch = []
        if self.code["factory_traits"]:
            batch.append("full=True")
        for rel in entity.relations_many:
            target = rel.target
            if target is None:
                imports.add("apps.core.testing", "member_of")
                batch.append(f"{rel.name}=[member_of(workspace)]")
            else:
                if target is not entity:
                    imports.add(f"apps.{target.app_label}.generated.factories", f"{target.name}Factory")
                scope = [Kw("workspace", "workspace")] if target.tenant else []
                batch.append(Kw(rel.name, Seq([Call(f"{target.name}Factory.create", scope)])))
        for rel in entity.relations:
            # The factory leaves an optional relation to its own entity empty (it would
            # recurse); the query count must see it followed.
            if rel.target is entity and rel.kind == "many_to_one" and not rel.required:
                scope = [Kw("workspace", "workspace")] if entity.tenant else []
                batch.append(Kw(rel.name, Call(f"{name}Factory.create", scope)))
        relation_filters = [r for r in entity.relations if r.filter]
        for rel in relation_filters:
            if rel.target is not None and rel.target is not entity:
                imports.add(f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory")
            elif rel.target is None:
                imports.add("apps.core.testing", "member_of")
        if foreign and entity.writable:
            target = foreign[0].target
            if target is None:
                imports.add("apps.core.testing", "member_of")
            elif target is not entity:
                imports.add(f"apps.{target.app_label}.generated.factories", f"{target.name}Factory")
        self.code["test_views_imports"] = imports.render()
        self.code["filter_exact"] = parametrize(filters_exact)
        self.code["filter_list"] = parametrize(filters_list)
        self.code["relation_filters"] = [self._relation_filter(r) for r in relation_filters]
        searched = [f.name for f in entity.fields if f.search]
        self.code["search_fields"] = parametrize(searched)
        self.code["searched"] = (
            "\n".join(str_tuple(searched).lines(1, prefix="searched = ")) if searched else ""
        )
        ordered = [f.name for f in entity.fields if f.order]
        self.code["order_fields"] = parametrize(ordered)
        batch_call = Call(
            f"{name}Factory.create_batch", ["rows", *(["workspace=workspace"] * entity.tenant), *batch]
        )
        self.code["batch_call"] = "\n".join(batch_call.lines(2))
        self.code["row_kwargs"] = "workspace=workspace" if entity.tenant else ""
        self.code["workspace_kwarg"] = ", workspace=workspace" if entity.tenant else ""
        actions = (
            ["list", "retrieve", "create", "update", "delete"] if entity.writable else ["list", "retrieve"]
        )
        self.code["role_matrix"] = [
            f"        ({py_str(role.value)}, {py_str(action)}, {role.value in entity.permissions[action]}),"
            for role in self.genome.roles
            for action in actions
        ]
        imports = Imports().add("pytest").add("rest_framework", "status")
        imports.add("apps.core.testing", "perform").add(factory_module, f"{name}Factory")
        if entity.writable:
            imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
        self.code["test_permissions_imports"] = imports.render()
        self.code["perform_payload"] = ", payload(workspace)" if entity.writable else ""
        self.code["actor_fixtures"] = list(actor_fixtures(self.genome, entity).values())
        first = foreign[0] if foreign and entity.writable else None
        self.code["foreign_view"] = (
            "\n".join(
                Seq([Pair(py_str(first.name), foreign_value(first))], ("{", "}")).lines(
                    1, prefix="foreign = "
                )
            )
            if first
            else ""
        )
        self.code["test_str_expected"] = str_expression(entity, "row")
        self.code["model_label"] = f"{entity.app_label}.{name}"
        self.code["admin_url"] = f"admin:{entity.app_label}_{name.lower()}"
        kinds = ("reader", "creator", "updater", "deleter")
        fixtures = dict(zip(kinds, self.code["actor_fixtures"], strict=False))
        if entity.soft_delete:
            self.soft_delete_tests(fixtures)
        if entity.audit:
            self.audit_tests(fixtures)

    def soft_delete_tests(self, fixtures: dict[str, str]) -> None:
        entity, name = self.entity, self.entity.name
        admin = self.genome.features.admin
        imports = Imports().add("pytest").add("datetime", "timedelta").add("io", "StringIO")
        imports.add("django.core.management", "call_command").add("django.utils", "timezone")
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{name}Factory")
        imports.add(f"apps.{entity.app_label}.models", name)
        if entity.routed or admin:
            imports.add("rest_framework", "status")
        if admin:
            imports.add("django.urls", "reverse_lazy").add("apps.users.factories", "UserFactory")
        wanted = ["reader"] if entity.routed else []
        wanted += ["deleter"] if entity.writable else []
        self.code["soft_delete_relation_tests"] = self.deleted_relation_tests(imports)
        self.code["soft_delete_protect_test"] = self.protected_purge_test(imports)
        self.code["soft_delete_cascade_tests"] = self.cascade_tests(imports)
        unique = next((f.name for f in entity.fields if f.unique), "")
        self.code["soft_delete_unique"] = unique
        if unique:
            imports.add("django.core.exceptions", "ValidationError")
            scope = [Kw("workspace", "workspace")] if entity.tenant else []
            taker = Call(f"{name}Factory.create", [*scope, Kw(unique, f"row.{unique}")])
            self.code["soft_delete_unique_taker"] = "\n".join(taker.lines(1))
        self.code["test_soft_delete_imports"] = imports.render()
        self.code["soft_delete_fixtures"] = [fixtures[w] for w in wanted]

    def cascade_tests(self, imports: Imports) -> list[str]:
        """The rows that cascade from a row are soft-deleted and restored with it."""
        entity = self.entity
        tests = []
        for source in self.genome.entities:
            for rel in source.relations:
                if rel.target is not entity or rel.many or rel.on_delete != "cascade":
                    continue
                factory = f"{source.name}Factory"
                imports.add(f"apps.{source.app_label}.generated.factories", factory)
                imports.add(f"apps.{source.app_label}.models", source.name)
                imports.add("django.core.exceptions", "ValidationError")
                scope = [Kw("workspace", "workspace")] if source.tenant else []
                child = Call(f"{factory}.create", [*scope, Kw(rel.name, "row")])
                live = f"{source.name}.objects.filter(pk=child.pk).exists()"
                name = f"test_{source.snake}_{rel.name}_rows_go_and_come_back_with_it"
                lines = [
                    def_header(name, "workspace"),
                    f"    row = {entity.name}Factory.create({self.code['row_kwargs']})",
                    *child.lines(1, prefix="child = "),
                ]
                if rel.kind == "many_to_one" and source is not entity:
                    # Deleted on its own before: the restore leaves it deleted.
                    lines += [*child.lines(1, prefix="earlier = "), "    earlier.soft_delete()"]
                lines += [
                    "    row.soft_delete()",
                    f"    assert not {live}",
                    "    child.refresh_from_db()",
                    "    with pytest.raises(ValidationError):",
                    "        child.restore()",
                    "    row.restore()",
                    f"    assert {live}",
                ]
                if rel.kind == "many_to_one" and source is not entity:
                    lines.append(f"    assert not {source.name}.objects.filter(pk=earlier.pk).exists()")
                tests.append("\n".join(lines))
        return tests

    def admin_workspace_test(self, imports: Imports) -> str:
        """The admin offers a row's relation only its workspace's rows, and refuses others."""
        entity = self.entity
        rel = next(
            (
                r
                for r in entity.relations
                if entity.tenant and not r.many and r.target is not None and r.target.tenant
            ),
            None,
        )
        if not self.genome.features.admin or rel is None:
            return ""
        target = f"{rel.target.name}Factory"
        imports.add("django.contrib", "admin").add("apps.users.factories", "UserFactory")
        imports.add("django.core.exceptions", "ValidationError")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        if rel.target is not entity:
            imports.add(f"apps.{rel.target.app_label}.generated.factories", target)
        message = f"This {rel.target.verbose_name} belongs to another workspace than {{workspace}}."
        lines = [
            def_header(
                f"test_the_admin_keeps_{rel.name}_inside_the_workspace", "rf", "workspace", "other_workspace"
            ),
            f"    model_admin = admin.site.get_model_admin({entity.name})",
            f"    row = {entity.name}Factory.create(workspace=workspace)",
            f"    foreign = {target}.create(workspace=other_workspace)",
            '    request = rf.get("/")',
            "    request.user = UserFactory.create(is_staff=True, is_superuser=True)",
            f"    field = {py_str(rel.name)}",
            "    change_form = model_admin.get_form(request, row, change=True)",
            "    with pytest.raises(ValidationError):",
            "        change_form.base_fields[field].clean(foreign.pk)",
            '    data = {"workspace": workspace.pk, field: foreign.pk}',
            "    add_form = model_admin.get_form(request)(data=data)",
            f'    message = f"{message}"',
            "    assert add_form.errors[field] == [message]",
        ]
        return "\n".join(lines)

    def admin_inline_workspace_test(self, imports: Imports) -> str:
        """An inline row's relation, too, offers and accepts only the parent's workspace."""
        entity = self.entity
        found = next(
            (
                (inline, rel)
                for inline in entity.inlines
                if entity.tenant and inline.source.tenant
                for rel in inline.source.relations
                if rel.name in inline.fields
                and rel.name != inline.fk_name
                and not rel.many
                and (rel.target is None or rel.target.tenant)
            ),
            None,
        )
        if not self.genome.features.admin or found is None:
            return ""
        inline, rel = found
        imports.add("django.contrib", "admin").add("apps.users.factories", "UserFactory")
        imports.add("django.core.exceptions", "ValidationError")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        imports.add(f"apps.{entity.app_label}.generated.admin", inline.class_name)
        if rel.target is None:
            foreign, kind = "UserFactory.create()", "user"
        else:
            target = f"{rel.target.name}Factory"
            if rel.target is not entity:
                imports.add(f"apps.{rel.target.app_label}.generated.factories", target)
            foreign, kind = f"{target}.create(workspace=other_workspace)", rel.target.verbose_name
        message = f"This {kind} belongs to another workspace than {{workspace}}."
        name = f"test_the_admin_keeps_{inline.source.snake}_{rel.name}_rows_inside_the_workspace"
        lines = [
            def_header(name, "rf", "workspace", "other_workspace"),
            f"    inline = {inline.class_name}({entity.name}, admin.site)",
            f"    parent = {entity.name}Factory.create(workspace=workspace)",
            f"    foreign = {foreign}",
            '    request = rf.get("/")',
            "    request.user = UserFactory.create(is_staff=True, is_superuser=True)",
            f"    field = {py_str(rel.name)}",
            "    change_formset = inline.get_formset(request, parent)",
            "    with pytest.raises(ValidationError):",
            "        change_formset.form.base_fields[field].clean(foreign.pk)",
            "    # A row added with a new parent: the parent form's workspace is the one.",
            "    prefix = change_formset.get_default_prefix()",
            "    data = {",
            '        f"{prefix}-TOTAL_FORMS": "1",',
            '        f"{prefix}-INITIAL_FORMS": "0",',
            '        f"{prefix}-0-{field}": foreign.pk,',
            "    }",
            f"    new_parent = {entity.name}(workspace=workspace)",
            "    add_formset = inline.get_formset(request)(data, instance=new_parent, prefix=prefix)",
            "    assert not add_formset.is_valid()",
            f'    message = f"{message}"',
            "    assert add_formset.forms[0].errors[field] == [message]",
        ]
        return "\n".join(lines)

    def protected_purge_test(self, imports: Imports) -> str:
        """The purge leaves rows that a protect or restrict relation still points to."""
        entity = self.entity
        holders = [
            (source, rel)
            for source in self.genome.entities
            for rel in source.relations
            if rel.target is entity and not rel.many and rel.on_delete in {"protect", "restrict"}
        ]
        if not holders:
            return ""
        source, rel = holders[0]
        factory = f"{source.name}Factory"
        if source is not entity:
            imports.add(f"apps.{source.app_label}.generated.factories", factory)
        scope = [Kw("workspace", "workspace")] if source.tenant else []
        holder = Call(f"{factory}.create", [*scope, Kw(rel.name, "old")])
        name = f"test_purge_keeps_what_{source.snake}_{rel.name}_protects"
        lines = [
            def_header(name, "workspace", "settings", "caplog"),
            "    settings.SOFT_DELETE_RETENTION_DAYS = 30",
            "    old = deleted_row(workspace, days_ago=31)",
            *holder.lines(1),
            '    call_command("purge_deleted", stdout=StringIO())',
            f"    assert {entity.name}.all_objects.filter(pk=old.pk).exists()",
            f'    assert "Nothing purged from {entity.app_label}.{entity.name}" in caplog.text',
        ]
        return "\n".join(lines)

    def deleted_relation_tests(self, imports: Imports) -> list[str]:
        """Rows that point to a soft-deleted row read the relation as null."""
        entity = self.entity
        tests = []
        for source in self.genome.entities:
            if not source.routed or source is entity:
                continue
            for rel in source.relations:
                if rel.target is not entity or rel.many:
                    continue
                readers = [r.value for r in self.genome.roles if r.value in source.permissions["retrieve"]]
                if source.tenant and not readers:
                    continue
                fixture = "client_for_role" if source.tenant else "member_client"
                client = f"client_for_role({py_str(readers[0])})" if source.tenant else fixture
                scope = [Kw("workspace", "workspace")] if source.tenant else []
                factory = f"{source.name}Factory"
                imports.add(f"apps.{source.app_label}.generated.factories", factory)
                name = f"test_{source.snake}_{rel.name}_reads_null_once_deleted"
                row = Call(f"{factory}.create", [*scope, Kw(rel.name, "deleted_row(workspace)")])
                get = Call(f"{client}.get", [f'f"/api/v1/{source.url}/{{row.pk}}/"'])
                lines = [def_header(name, fixture, "workspace"), *row.lines(1, prefix="row = ")]
                lines += get.lines(1, prefix="response = ")
                lines.append(f"    assert response.json()[{py_str(rel.name)}] is None")
                tests.append("\n".join(lines))
        return tests

    def audit_tests(self, fixtures: dict[str, str]) -> None:
        entity, name = self.entity, self.entity.name
        admin = self.genome.features.admin
        masked = {f.name for f in entity.fields if f.pii or f.phi}
        texts = [f.name for f in entity.fields if f.type in {"string", "text", "slug", "email", "url"}]
        field = texts[0] if texts else ""
        hidden = field in masked
        self.code["audit_field"] = field
        self.code["audit_field_masked"] = hidden
        self.code["audit_masks"] = bool(masked)
        self.code["audit_created"] = "MASKED" if hidden else f"response.json()[{py_str(field)}]"
        self.code["audit_updated"] = "[MASKED, MASKED]" if hidden else f"[row.{field}, body[{py_str(field)}]]"
        self.code["audit_deleted"] = "[MASKED, None]" if hidden else f"[row.{field}, None]"
        self.code["audit_admin_changed"] = "[MASKED, MASKED]" if hidden else "[old, new]"
        imports = Imports().add("pytest").add("apps.audit.models", "AuditLog")
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{name}Factory")
        if entity.writable or (admin and field):
            imports.add(f"apps.{entity.app_label}.models", name)
        if entity.writable:
            imports.add("rest_framework", "status").add("apps.core.testing", "request_kwargs")
            imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
            imports.add("django.db", "IntegrityError", "connection")
        if (entity.writable and (masked or hidden)) or (admin and hidden):
            imports.add("apps.audit.services", "MASKED")
        if admin:
            imports.add("rest_framework", "status").add("django.urls", "reverse")
            imports.add("apps.users.factories", "UserFactory")
            if field:
                imports.add("django.contrib", "admin").add("django.db", "transaction")
        self.code["test_audit_imports"] = imports.render()
        self.code["audit_fixtures"] = (
            [fixtures[w] for w in ("creator", "updater", "deleter")] if entity.writable else []
        )

    @staticmethod
    def _rule_imports(rules: list[Rule], imports: Imports) -> None:
        for rule in rules:
            if "Decimal(" in rule.bad_value:
                imports.add("decimal", "Decimal")
            if "oversized_file(" in rule.bad_value:
                imports.add("apps.core.testing", "oversized_file")

    @staticmethod
    def _param(rule: Rule) -> str:
        field = rule.test_id.rsplit("-", 1)[0]
        call = Call("pytest.param", [py_str(field), rule.bad_value, Kw("id", py_str(rule.test_id))])
        return "\n".join(call.lines(2, suffix=","))

    def _unique_test(self, group: list[str]) -> str:
        entity = self.entity
        factory = f"{entity.name}Factory.create"
        same = [Kw(g, f"first.{g}") for g in group]
        where = "_within_a_workspace" if entity.tenant else ""
        params = ["workspace", "other_workspace"] if entity.tenant else []
        lines = [def_header(f"test_{'_and_'.join(group)}_is_unique{where}", *params)]
        first = Call(factory, [Kw("workspace", "workspace")] if entity.tenant else [])
        lines += first.lines(1, prefix="first = ")
        relational = any(g in {r.name for r in entity.relations} for g in group)
        if entity.tenant and not relational:
            lines += Call(factory, [Kw("workspace", "other_workspace"), *same]).lines(1)
        lines.append("    with pytest.raises(IntegrityError), transaction.atomic():")
        scope = [Kw("workspace", "workspace")] if entity.tenant else []
        lines += Call(factory, [*scope, *same]).lines(2)
        return "\n".join(lines)

    def _relation_filter(self, rel: Relation) -> dict:
        entity = self.entity
        if rel.target is None:
            make = "member_of(workspace)"
        elif rel.target.tenant:
            make = f"{rel.target.name}Factory.create(workspace=workspace)"
        else:
            make = f"{rel.target.name}Factory.create()"
        scope = "workspace=workspace, " if entity.tenant else ""
        value = "[wanted]" if rel.many else "wanted"
        return {
            "header": def_header(f"test_filter_by_{rel.name}", "member_client", "workspace"),
            "name": rel.name,
            "make": "\n".join(Raw(make).lines(1, prefix="wanted = ")),
            "row": "\n".join(
                Call(
                    f"{entity.name}Factory.create",
                    [*([Raw("workspace=workspace")] if scope else []), Kw(rel.name, value)],
                ).lines(1, prefix="row = ")
            ),
            "request": "\n".join(
                Call(
                    "member_client.get", ["URL", Seq([Pair(py_str(rel.name), "wanted.pk")], ("{", "}"))]
                ).lines(1, prefix="response = ")
            ),
        }
