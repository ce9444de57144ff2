from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.filters import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFilterSet,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinic,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.serializers import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicSerializer,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSetBase(
    ETagViewSetMixin,
    SharedModelViewSet,
):
    """/api/v1/reference-code-for-cardiovascular-rehabilitation-programs-in-clinics/: reference code for cardiovascular rehabilitation programs in clinics shared by every workspace; members read, staff write."""

    queryset = (
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinic.objects.all()
    )
    serializer_class = (
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicSerializer
    )
    filterset_class = (
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFilterSet
    )
    ordering_fields = ("created_at", "updated_at")
