from apps.audit.admin import AuditedAdminMixin
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.core.soft_delete_admin import SoftDeleteAdminMixin
from apps.visit.models import Visit


class VisitPatientInline(WorkspaceInline):
    model = Visit
    fk_name = "patient"
    fields = ("reason", "starts_at")


class VisitReferrerInline(WorkspaceInline):
    model = Visit
    fk_name = "referrer"
    fields = ("reason", "starts_at", "patient")
    raw_id_fields = ("patient",)


class PatientAdminBase(AuditedAdminMixin, SoftDeleteAdminMixin, GeneratedModelAdmin):
    list_display = (
        "id",
        "full_name",
        "email",
        "born_on",
        "insurance_number",
        "active",
        "clinician",
        "created_at",
    )
    search_fields = ("full_name", "insurance_number")
    list_filter = ("born_on", "active", "clinician")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("clinician", "account")
    raw_id_fields = ("workspace", "clinician", "account")
    inlines = (VisitPatientInline, VisitReferrerInline)
