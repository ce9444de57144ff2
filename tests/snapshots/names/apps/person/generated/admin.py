from apps.child.models import Child
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline


class ChildInline(WorkspaceInline):
    model = Child
    fk_name = "parent"
    fields = ()


class PersonAdminBase(GeneratedModelAdmin):
    list_display = ("id", "name", "created_at")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
    inlines = (ChildInline,)
