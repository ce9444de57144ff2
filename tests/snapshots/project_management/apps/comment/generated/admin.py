from apps.core.admin import GeneratedModelAdmin


class CommentAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "author_email",
        "edited",
        "edited_at",
        "task",
        "author",
        "created_at",
    )
    search_fields = ("body",)
    list_filter = ("edited", "edited_at", "task")
    readonly_fields = ("edited", "edited_at", "created_at", "updated_at")
    list_select_related = ("task", "author")
    raw_id_fields = ("workspace", "task", "author")
