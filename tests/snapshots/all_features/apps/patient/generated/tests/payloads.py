from apps.core.testing import member_of, payload_for
from apps.patient.generated.factories import PatientFactory
from apps.patient.serializers import PatientSerializer


def payload(workspace) -> dict:
    """A valid request body for a new patient in ``workspace``."""
    return payload_for(
        PatientSerializer,
        PatientFactory.build(),
        clinician=member_of(workspace),
        account=member_of(workspace),
    )
