"""The audit log in the admin, read only, and the mixin that audits admin changes."""

from typing import TYPE_CHECKING

from django.contrib import admin
from django.db import transaction

from apps.audit.models import AuditLog
from apps.audit.services import record, snapshot

if TYPE_CHECKING:
    # What the mixin goes before; at run time it stays a plain mixin.
    from apps.core.soft_delete_admin import SoftDeleteAdminMixin as AdminBase
else:
    AdminBase = object


@admin.register(AuditLog)
class AuditLogAdmin(admin.ModelAdmin):
    """Nobody adds, changes or deletes audit rows, not even superusers."""

    list_display = (
        "created_at",
        "action",
        "content_type",
        "object_id",
        "actor",
        "workspace",
        "ip",
    )
    list_filter = ("action", "content_type")
    search_fields = ("object_id", "actor__email")
    list_select_related = ("content_type", "actor", "workspace")
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class AuditedAdminMixin(AdminBase):
    """Adds, changes and deletes in the admin write audit rows, in their transaction.

    Changes made through inlines are not audited; audit the inline's own admin.
    """

    def save_model(self, request, obj, form, change) -> None:
        # The form has already copied its values onto obj: read the stored row.
        stored = type(obj)._base_manager.get(pk=obj.pk) if change else None
        form.audit_before = snapshot(stored) if stored else {}
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change) -> None:
        # After the many-to-many values are saved; the admin runs both in one
        # transaction.
        super().save_related(request, form, formsets, change)
        action = AuditLog.Action.UPDATE if change else AuditLog.Action.CREATE
        record(request, form.instance, action, form.audit_before)

    def delete_model(self, request, obj) -> None:
        with transaction.atomic():
            before, pk = snapshot(obj), obj.pk
            super().delete_model(request, obj)
            record(request, obj, AuditLog.Action.DELETE, before, pk=pk)

    def delete_queryset(self, request, queryset) -> None:
        with transaction.atomic():
            rows = [(obj, snapshot(obj), obj.pk) for obj in queryset]
            super().delete_queryset(request, queryset)
            for obj, before, pk in rows:
                obj.pk = None  # As Model.delete() leaves a deleted row.
                record(request, obj, AuditLog.Action.DELETE, before, pk=pk)

    def soft_delete_model(self, request, obj) -> None:
        with transaction.atomic():
            before = snapshot(obj)
            super().soft_delete_model(request, obj)
            record(request, obj, AuditLog.Action.DELETE, before)

    def restore_model(self, request, obj) -> None:
        with transaction.atomic():
            before = snapshot(obj)
            super().restore_model(request, obj)
            record(request, obj, AuditLog.Action.RESTORE, before)
