"""What the genome's entities and fields turn on, and what two units add together.

A capability is on when some entity or field asks for it (``soft_delete``,
``audit``, a ``pii`` field, a ``file`` field, a shared entity, a story); a
combination adds what only two units together need.
"""

from __future__ import annotations

from .unit import API, Feature, Route

_AUDIT_APP = (
    "__init__.py",
    "apps.py",
    "filters.py",
    "migrations/__init__.py",
    "mixins.py",
    "models.py",
    "serializers.py",
    "services.py",
    "tests/__init__.py",
    "tests/test_api.py",
    "tests/test_services.py",
    "views.py",
)

SOFT_DELETE = Feature(
    key="soft_delete",
    kind="capability",
    title="soft delete",
    on=lambda genome: genome.soft_delete,
    files=(
        "apps/core/soft_delete.py",
        "apps/core/management/commands/purge_deleted.py",
        "apps/{app_label}/generated/tests/test_soft_delete.py",
    ),
    settings=("SOFT_DELETE_RETENTION_DAYS",),
    members=("deleted_at", "all_objects", "soft_delete", "restore"),
    docs=("docs/soft-delete-and-audit.md#soft-delete",),
)

SOFT_DELETE_ADMIN = Feature(
    key="soft_delete+admin",
    kind="combination",
    title="the admin's restore action",
    on=lambda genome: genome.soft_delete and genome.features.admin,
    files=("apps/core/soft_delete_admin.py",),
    docs=("docs/soft-delete-and-audit.md#soft-delete",),
)

SOFT_DELETE_TASKS = Feature(
    key="soft_delete+async_tasks",
    kind="combination",
    title="the daily purge of soft-deleted rows",
    on=lambda genome: genome.soft_delete and genome.features.async_tasks,
    files=("apps/core/tasks.py", "apps/core/tests/test_tasks.py"),
    settings=("CELERY_BEAT_SCHEDULE.purge-soft-deleted-rows",),
    docs=("docs/async.md",),
)

AUDIT = Feature(
    key="audit",
    kind="capability",
    title="the audit log",
    on=lambda genome: genome.audit,
    apps=("apps.audit",),
    files=(
        *(f"apps/audit/{path}" for path in _AUDIT_APP),
        "apps/{app_label}/generated/tests/test_audit.py",
    ),
    routes=(Route(f"{API}audit-log/", "the audit log"),),
    entity_names=("AuditLog",),
    app_labels=("audit",),
    members=("audit_masked_fields",),
    docs=("docs/soft-delete-and-audit.md#audit-log",),
)

AUDIT_ADMIN = Feature(
    key="audit+admin",
    kind="combination",
    title="the audit log in the admin",
    on=lambda genome: genome.audit and genome.features.admin,
    files=("apps/audit/admin.py",),
    docs=("docs/soft-delete-and-audit.md#audit-log",),
)

PERSONAL_DATA = Feature(
    key="personal_data",
    kind="capability",
    title="the export and erasure of personal data",
    on=lambda genome: genome.has_pii,
    files=(
        "apps/users/personal_data.py",
        "apps/users/privacy.py",
        "apps/users/privacy_views.py",
        "apps/users/tests/test_privacy.py",
    ),
    routes=(
        Route(f"{API}auth/me/export/", "the export of one's personal data"),
        Route(f"{API}auth/me/erase/", "the erasure of one's personal data"),
    ),
    settings=("REST_FRAMEWORK.DEFAULT_THROTTLE_RATES.personal_data",),
    docs=("docs/generation.md#personal-data-export-and-erasure",),
)

UPLOADS = Feature(
    key="uploads",
    kind="capability",
    title="uploaded files",
    on=lambda genome: genome.has_files,
    files=("apps/core/uploads.py", "apps/core/validators.py", "apps/core/tests/test_uploads.py"),
    routes=(Route(f"{API}files/", "downloads of uploaded files"),),
    settings=("MEDIA_ACCEL_REDIRECT",),
    docs=("docs/genome.md#field-types",),
)

WORKSPACE_DATA = Feature(
    key="workspace_data",
    kind="capability",
    title="entities scoped to a workspace",
    on=lambda genome: any(entity.tenant for entity in genome.entities),
    files=(
        "apps/{app_label}/generated/permissions.py",
        "apps/{app_label}/generated/tests/test_permissions.py",
    ),
    docs=("docs/genome.md#permissions",),
)

SHARED_DATA = Feature(
    key="shared_data",
    kind="capability",
    title="shared entities in the API",
    on=lambda genome: genome.has_shared_api,
    files=("apps/core/shared.py",),
    docs=("docs/genome.md#entity",),
)

STORIES = Feature(
    key="stories",
    kind="capability",
    title="the user stories",
    on=lambda genome: bool(genome.stories),
    files=("docs/stories.md",),
    docs=("docs/genome.md#stories",),
)

# The acceptance criteria that name a role, an action and an entity become tests.
STORY_TESTS = Feature(
    key="story_tests",
    kind="capability",
    title="the stories' acceptance tests",
    on=lambda genome: any(story.checks for story in genome.stories),
    files=("apps/core/tests/test_stories.py",),
    docs=("docs/genome.md#stories",),
)

CAPABILITIES = (
    SOFT_DELETE,
    SOFT_DELETE_ADMIN,
    SOFT_DELETE_TASKS,
    AUDIT,
    AUDIT_ADMIN,
    PERSONAL_DATA,
    UPLOADS,
    WORKSPACE_DATA,
    SHARED_DATA,
    STORIES,
    STORY_TESTS,
)
