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
)
from .model import Genome
from .pycode import (
    Call,
    Imports,
    Kw,
    Node,
    Pair,
    Seq,
    assign,
    def_header,
    py_str,
    str_tuple,
)
from .views.common import (
    api_summary,
    docstring,
    prose_and,
)


def generate(genome: Genome) -> None:
    """Fill ``genome.code`` and each ``entity.code``."""
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
