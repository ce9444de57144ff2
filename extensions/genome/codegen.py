"""Source snippets of the generated project, computed once per genome.

Each entity gets ``entity.code``: import blocks and declarations for its generated
modules (models, serializers, views, filters, admin, factories, tests). Templates
lay these out; they never decide anything themselves.
"""

from __future__ import annotations

import json

from . import naming
from .build import choice_values
from .docs import documents
from .kinds import (
    ERASED_SHOWN,
    blank_unique,
    constrained,
    erased_value,
    field_call,
)
from .model import Entity, Field, Genome, Relation
from .pycode import (
    Call,
    Imports,
    Kw,
    Node,
    Pair,
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
    api_summary,
    docstring,
    method_chain,
    ordering_index,
    ordering_index_name,
    prose_and,
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
    """Fill ``genome.code`` and each ``entity.code``."""
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
    stories(genome)
    genome.code["docs"] = documents(genome)
    genome.code["project_name"] = assign("PROJECT_NAME", py_str(genome.project_name), 0)
    genome.code["description"] = assign("PROJECT_DESCRIPTION", py_str(genome.description), 0)
    genome.code["description_toml"] = json.dumps(genome.description or genome.project_name)
    genome.code["client_max_body_size"] = client_max_body_size(genome)
    router = Imports().add("rest_framework.routers", "DefaultRouter").add("django.urls", "include", "path")
    if genome.features.api_docs:
        router.add(
            "drf_spectacular.views", "SpectacularAPIView", "SpectacularRedocView", "SpectacularSwaggerView"
        )
        router.add("apps.core.schema", "SchemaContentNegotiation")
    routes = []
    for entity in genome.routed_entities:
        router.add(f"apps.{entity.app_label}.views", f"{entity.name}ViewSet")
        call = Call(
            "router.register",
            [py_str(entity.url), f"{entity.name}ViewSet", Kw("basename", py_str(entity.snake))],
        )
        routes.append("\n".join(call.lines(0)))
    if genome.audit:
        router.add("apps.audit.views", "AuditLogViewSet")
        routes.append('router.register("audit-log", AuditLogViewSet, basename="audit_log")')
    if genome.has_files:
        router.add("apps.core.uploads", "FileView")
        upload_tests(genome)
    genome.code["api_imports"] = router.render()
    genome.code["soft_delete_entities"] = prose_and([f"`{e.name}`" for e in genome.entities if e.soft_delete])
    genome.code["audit_entities"] = prose_and([f"`{e.name}`" for e in genome.entities if e.audit])
    genome.code["audit_readers"] = prose_and([f"`{r.value}`" for r in genome.roles[:2]])
    genome.code["routes"] = routes
    genome.code["api_tags"] = api_tags(genome)
    genome.code["enum_overrides"] = enum_overrides(genome)
    if genome.has_pii:
        personal_data(genome)


def upload_tests(genome: Genome) -> None:
    """What apps/core/tests/test_uploads.py needs: a file of a row a role may read."""
    imports = Imports().add("apps.core.uploads", "RandomDirectory")
    found = next(
        (
            (entity, field)
            for entity in genome.routed_entities
            if entity.tenant and entity.permissions["retrieve"]
            for field in entity.fields
            if field.type in {"file", "image"}
        ),
        None,
    )
    genome.code["upload_entity"] = ""
    if found is not None:
        entity, field = found
        imports.add("pytest").add("django.core.files.uploadedfile", "SimpleUploadedFile")
        imports.add("rest_framework", "status").add("rest_framework.test", "APIClient")
        imports.add("apps.core.testing", "join", "signed_in")
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
        create = Call(f"{entity.name}Factory.create", [Kw("workspace", "workspace"), Kw(field.name, "file")])
        path = f'f"/api/v1/files/{entity.app_label}/{{row.pk}}/{field.name}/"'
        genome.code["upload_helpers"] = "\n".join(
            [
                "def upload(workspace, name: str, content: bytes = PAGE):",
                "    file = SimpleUploadedFile(name, content)",
                *create.lines(1, prefix="return "),
                "",
                "",
                "def detail_path(row) -> str:",
                f'    return f"/api/v1/{entity.url}/{{row.pk}}/"',
                "",
                "",
                "def file_path(row) -> str:",
                f"    return {path}",
            ]
        )
        genome.code["upload_entity"] = entity.name
        genome.code["upload_field"] = field.name
        genome.code["upload_reader"] = py_str(entity.permissions["retrieve"][-1])
        genome.code["upload_admin"] = f"admin:{entity.app_label}_{entity.name.lower()}"
        if genome.features.admin:
            imports.add("django.urls", "reverse").add("apps.users.factories", "UserFactory")
    genome.code["upload_test_imports"] = imports.render()


def enum_overrides(genome: Genome) -> str:
    """SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]: a name for each set of choices
    whose field name other choices share (two ``status`` fields, a ``role`` field)."""
    sets: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {
        "role": {tuple(genome.role_values): ("RoleEnum", "apps.users.roles.Role")}
    }
    for entity in genome.entities:
        for field in entity.fields:
            if field.type == "choice":
                values = tuple(choice_values(field.spec))
                name = f"{entity.name}{naming.pascal(field.name)}Enum"
                path = f"apps.{entity.app_label}.generated.models.{entity.name}Base.{field.choices_class}"
                sets.setdefault(field.name, {}).setdefault(values, (name, path))
    items = [
        Pair(py_str(name), py_str(path))
        for named in sets.values()
        if len(named) > 1
        for name, path in named.values()
    ]
    if not items:
        return ""
    return "\n".join(Seq(items, ("{", "}")).lines(1, prefix='"ENUM_NAME_OVERRIDES": ', suffix=","))


def api_tags(genome: Genome) -> str:
    """SPECTACULAR_SETTINGS["TAGS"]: the OpenAPI tag of each URL prefix, described."""
    tags = [
        ("auth", "Sign up, sign in, tokens, the profile and passwords."),
        ("workspaces", "Workspaces, their members and invitations."),
        ("invitations", "Accepting an invitation to a workspace."),
    ]
    for entity in genome.routed_entities:
        summary = api_summary(entity)
        tags.append((entity.url, entity.description or f"{summary[0].upper()}{summary[1:]}."))
    if genome.audit:
        tags.append(("audit-log", "Who changed what, for the workspace's managers."))
    items = [
        Seq([Pair('"name"', py_str(name)), Pair('"description"', py_str(text))], ("{", "}"))
        for name, text in tags
    ]
    return "\n".join(Seq(items).lines(1, prefix='"TAGS": ', suffix=","))


def personal_data(genome: Genome) -> None:
    """``PERSONAL_DATA`` for apps/users/personal_data.py, and the README's list.

    A subject row is a row whose ``subject: true`` relation to User points at the
    user; its pii fields are exported, and erased with the value ``erased_value``
    gives. Fields no value can erase are left, and listed as kept. Any other
    relation to User (a clinician on a patient) names someone the row is not about:
    it neither exports nor erases the row.
    """
    items: list[Node] = []
    readme: list[str] = []
    unlinked: list[str] = []
    bystanders: list[Node] = []
    audited_erasure = False
    for entity in genome.entities:
        pii = [f for f in entity.fields if f.pii]
        relations = [r.name for r in entity.relations if r.subject]
        others = [r.name for r in entity.relations if r.target is None and not r.subject]
        if others:
            bystanders.append(Pair(py_str(f"{entity.app_label}.{entity.name}"), str_tuple(others)))
        if not relations:
            unlinked += [f"`{entity.name}.{f.name}`" for f in pii]
            continue
        erase: list[Node] = []
        kept: list[str] = []
        erased: list[str] = []
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
        if entity.audit:
            # The erasure writes an update to the audit log for each row it changes.
            entry.append(Pair('"audited"', "True"))
            audited_erasure = audited_erasure or bool(erase)
        items.append(Pair(py_str(f"{entity.app_label}.{entity.name}"), Seq(entry, ("{", "}"))))
        via = ", ".join(f"`{name}`" for name in relations)
        line = f"| {entity.name} | {via} | {', '.join(f'`{f.name}`' for f in pii) or 'none'} |"
        line += f" {', '.join(erased) or 'nothing'} | {', '.join(kept) or 'none'} |"
        readme.append(line)
    table = Seq(items, ("{", "}"))
    prefix = "PERSONAL_DATA: dict[str, dict[str, Any]] = "
    genome.code["personal_data"] = "\n".join(table.lines(0, prefix=prefix))
    linked = [e for e in genome.entities if any(r.target is None for r in e.relations)]
    imports = (
        Imports()
        .add("json")
        .add("threading", "Thread")
        .add("pytest")
        .add("django.apps", "apps")
        .add("django.conf", "settings")
        .add("django.core.serializers.json", "DjangoJSONEncoder")
        .add("django.db", "connections", "transaction")
        .add("django.db.models.fields.files", "FieldFile")
        .add("django.test", "RequestFactory")
        .add("rest_framework", "status")
        .add("rest_framework.test", "APIClient")
        .add("rest_framework.throttling", "ScopedRateThrottle")
        .add("rest_framework_simplejwt.token_blacklist.models", "BlacklistedToken", "OutstandingToken")
        .add("rest_framework_simplejwt.tokens", "RefreshToken")
        .add("apps.core.exceptions", "ApplicationError")
        .add("apps.core.testing", "join", "signed_in")
        .add("apps.users", "privacy")
        .add("apps.users.models", "Invitation", "Membership")
        .add("apps.users.personal_data", "PERSONAL_DATA")
        .add("apps.users.roles", "OWNER_ROLE", "ROLES")
    )
    if genome.audit:
        imports.add("apps.audit.models", "AuditLog")
    if audited_erasure:
        imports.add("django.contrib.contenttypes.models", "ContentType")
    if not genome.audit:
        imports.add("logging")
    for entity in linked:
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    genome.code["privacy_test_imports"] = imports.render()
    factories = Seq(
        [Pair(py_str(f"{e.app_label}.{e.name}"), f"{e.name}Factory") for e in linked],
        ("{", "}"),
    )
    genome.code["privacy_factories"] = "\n".join(factories.lines(0, prefix="FACTORIES = "))
    genome.code["privacy_bystanders"] = (
        "\n".join(Seq(bystanders, ("{", "}")).lines(0, prefix="BYSTANDERS = ")) if bystanders else ""
    )
    genome.code["personal_data_rows"] = readme
    genome.code["personal_data_audited"] = audited_erasure
    genome.code["personal_data_unlinked"] = ", ".join(unlinked)


MIB = 1024 * 1024
# Django refuses a request body over DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MiB), files apart.
BODY_MIB = 3
# A file field without max_size: Django sets no limit, so nginx needs one.
UNLIMITED_UPLOAD = "100m"


def client_max_body_size(genome: Genome) -> str:
    """nginx's client_max_body_size: the largest request the genome's API accepts.

    One request can carry every file field of an entity, so the bound is the largest
    sum of one entity's ``max_size`` values, in whole MiB, plus the rest of the body.
    """
    largest = 0
    for entity in genome.entities:
        sizes = [f.spec.max_size if f.spec else None for f in entity.fields if f.type in {"file", "image"}]
        if None in sizes:
            return UNLIMITED_UPLOAD
        largest = max(largest, sum(sizes))
    return f"{-(-largest // MIB) + BODY_MIB}m"


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


def stories(genome: Genome) -> None:
    """Each structured acceptance line becomes an API test named after its story."""
    by_name = {e.name: e for e in genome.entities}
    imports = Imports().add("pytest").add("rest_framework", "status").add("apps.core.testing", "perform")
    tests = []
    for story in genome.stories:
        for check in story.checks:
            entity = by_name[check["entity"]]
            test_name = check["test"]
            factory = f"{entity.name}Factory"
            imports.add(f"apps.{entity.app_label}.generated.factories", factory)
            row = f"{factory}.create(workspace=workspace)" if entity.tenant else f"{factory}.create()"
            args = [py_str(check["action"]), py_str(f"/api/v1/{entity.url}/"), row]
            if check["action"] in {"create", "update"}:
                imports.add(
                    f"apps.{entity.app_label}.generated.tests.payloads", f"payload as {entity.snake}_payload"
                )
                args.append(f"{entity.snake}_payload(workspace)")
            client = f"client_for_role({py_str(check['role'])})"
            call = Call("perform", [client, *args])
            expectation = (
                "    assert response.status_code < 300, response.json()"
                if check["allowed"]
                else "    assert response.status_code == status.HTTP_403_FORBIDDEN"
            )
            body = [
                def_header(test_name, "client_for_role", "workspace"),
                "    " + docstring(story.id + ": " + check["line"], 1),
                *call.lines(1, prefix="response = "),
                expectation,
            ]
            tests.append("\n".join(body))
    genome.code["story_tests"] = tests
    genome.code["story_imports"] = imports.render()
