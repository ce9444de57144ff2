from apps.core.admin import GeneratedModelAdmin
from apps.core.soft_delete_admin import SoftDeleteAdminMixin


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXAdminBase(
    SoftDeleteAdminMixin,
    GeneratedModelAdmin,
):
    list_display = ("id", "reference", "subject", "created_at")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("subject",)
    raw_id_fields = ("workspace", "subject")
