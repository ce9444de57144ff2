from apps.core.testing import payload_for
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.factories import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.serializers import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicSerializer,
)


def payload(workspace) -> dict:
    """A valid request body for a new reference code for cardiovascular rehabilitation programs in clinic in ``workspace``."""
    return payload_for(
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicSerializer,
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.build(),
    )
