"""PatientInsuranceAuthorizationRequest admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.patient_insurance_authorization_request.generated.admin import (
    PatientInsuranceAuthorizationRequestAdminBase,
)
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)


@admin.register(PatientInsuranceAuthorizationRequest)
class PatientInsuranceAuthorizationRequestAdmin(
    PatientInsuranceAuthorizationRequestAdminBase,
):
    """Columns, filters and inlines come from the genome; override them here."""
