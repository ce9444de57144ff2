from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.order.models import Order


class OrderInline(WorkspaceInline):
    model = Order
    fk_name = "where"
    fields = ("select",)


class GroupAdminBase(GeneratedModelAdmin):
    list_display = ("id", "name", "default", "created_at")
    list_filter = ("default",)
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
    inlines = (OrderInline,)
