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
    erased_value,
    factory_value,
    rules_for,
)
from .model import Entity, Genome, Relation, Rule
from .pycode import (
    Call,
    Imports,
    Kw,
    Node,
    Pair,
    Raw,
    Seq,
    assign,
    class_header,
    def_header,
    py_str,
    str_list,
    str_tuple,
)
from .views.common import (
    PATCH_PROBE_TYPES,
    actor_fixtures,
    api_summary,
    docstring,
    foreign_param,
    foreign_value,
    ordering_index,
    ordering_index_name,
    parametrize,
    payload_relation,
    prose_and,
    str_expression,
)


def generate(genome: Genome) -> None:
    """Fill ``genome.code`` and each ``entity.code``."""
    for entity in genome.entities:
        EntityCode(entity, genome).build()
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
        self.factories()
        self.tests()

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
