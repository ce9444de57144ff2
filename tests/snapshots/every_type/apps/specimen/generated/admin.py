from apps.core.admin import GeneratedModelAdmin


class SpecimenAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "label",
        "handle",
        "contact",
        "homepage",
        "reference",
        "category",
        "created_at",
    )
    search_fields = ("label", "contact")
    list_filter = (
        "active",
        "born_on",
        "seen_at",
        "stage",
        "category",
        "owner",
        "parent",
    )
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("category", "owner", "keeper", "curator", "twin", "parent")
    raw_id_fields = (
        "workspace",
        "category",
        "owner",
        "keeper",
        "curator",
        "reviewers",
        "twin",
        "parent",
        "related",
        "owners",
    )
