from apps.core.admin import GeneratedModelAdmin


class BookingAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "code",
        "starts_on",
        "due_on",
        "min_guests",
        "max_guests",
        "created_at",
    )
    list_filter = ("starts_on", "due_on", "stage")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
