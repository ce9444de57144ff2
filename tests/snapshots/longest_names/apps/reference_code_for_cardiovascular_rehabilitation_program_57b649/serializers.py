"""ReferenceCodeForCardiovascularRehabilitationProgramsInClinic serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/reference_code_for_cardiovascular_rehabilitation_program_57b649/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.serializers import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicWriteSerializer,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicSerializer(
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicWriteSerializer,
):
    """Validates reference code for cardiovascular rehabilitation programs in clinic input; responds with ReferenceCodeForCardiovascularRehabilitationProgramsInClinicReadSerializer."""
