from apps.core.filters import FilterSet
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinic,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFilterSet(FilterSet):
    """Query parameters of GET /api/v1/reference-code-for-cardiovascular-rehabilitation-programs-in-clinics/ from the genome's ``filter`` flags."""

    class Meta:
        model = ReferenceCodeForCardiovascularRehabilitationProgramsInClinic
        fields = ()
