"""The admin of soft-deleting models: every row listed, soft delete and restore."""

from typing import Any

from django.contrib import admin, messages
from django.core.exceptions import ValidationError


class DeletedListFilter(admin.SimpleListFilter):
    title = "deleted"
    parameter_name = "deleted"

    def lookups(self, request, model_admin):
        return (("no", "Live"), ("yes", "Deleted"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.deleted()
        if self.value() == "no":
            return queryset.alive()
        return queryset


class SoftDeleteAdminMixin(admin.ModelAdmin):
    """Lists live and soft-deleted rows, with actions to soft-delete and restore.

    The admin's own delete stays a real delete, for erasing a row for good.
    """

    actions = ("soft_delete_selected", "restore_selected")

    def get_queryset(self, request):
        model: Any = self.model  # a soft-deleting model, with all_objects
        queryset = model.all_objects.get_queryset()
        ordering = self.get_ordering(request)
        return queryset.order_by(*ordering) if ordering else queryset

    def get_actions(self, request):
        actions = super().get_actions(request)
        delete_selected = actions.get("delete_selected")
        if delete_selected is not None:
            # Django's bulk delete, next to the soft delete: say that it is for good.
            func, name, _ = delete_selected
            description = "Delete selected %(verbose_name_plural)s for good"
            actions["delete_selected"] = (func, name, description)
        return actions

    def get_list_display(self, request):
        return (*super().get_list_display(request), "deleted_at")

    def get_list_filter(self, request):
        return (DeletedListFilter, *super().get_list_filter(request))

    def get_readonly_fields(self, request, obj=None):
        return (*super().get_readonly_fields(request, obj), "deleted_at")

    def soft_delete_model(self, request, obj) -> None:
        obj.soft_delete()

    def restore_model(self, request, obj) -> None:
        obj.restore()

    @admin.action(
        description="Soft-delete selected %(verbose_name_plural)s",
        permissions=["delete"],
    )
    def soft_delete_selected(self, request, queryset) -> None:
        rows = list(queryset.alive())
        for obj in rows:
            self.soft_delete_model(request, obj)
        self.message_user(request, f"Soft-deleted {len(rows)}.", messages.SUCCESS)

    @admin.action(
        description="Restore selected %(verbose_name_plural)s",
        permissions=["change"],
    )
    def restore_selected(self, request, queryset) -> None:
        restored = 0
        for obj in queryset.deleted():
            try:
                self.restore_model(request, obj)
            except ValidationError as error:
                reason = " ".join(error.messages)
                self.message_user(
                    request, f"{obj} was not restored: {reason}", messages.ERROR
                )
            else:
                restored += 1
        self.message_user(request, f"Restored {restored}.", messages.SUCCESS)
