from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.specimen.models import Specimen


class SpecimenInline(WorkspaceInline):
    model = Specimen
    fk_name = "owner"
    fields = ("label", "stage", "curator")
    raw_id_fields = ("curator",)


class OwnerAdminBase(GeneratedModelAdmin):
    list_display = ("id", "name", "created_at")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
    inlines = (SpecimenInline,)
