from apps.core.admin import GeneratedModelAdmin


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicAdminBase(
    GeneratedModelAdmin,
):
    list_display = ("id", "code", "created_at")
    readonly_fields = ("created_at", "updated_at")
