"""PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.admin import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXAdminBase,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)


@admin.register(PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX)
class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXAdmin(
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXAdminBase,
):
    """Columns, filters and inlines come from the genome; override them here."""
