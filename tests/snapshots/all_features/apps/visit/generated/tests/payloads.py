from apps.core.testing import payload_for
from apps.patient.generated.factories import PatientFactory
from apps.visit.generated.factories import VisitFactory
from apps.visit.serializers import VisitSerializer


def payload(workspace) -> dict:
    """A valid request body for a new visit in ``workspace``."""
    return payload_for(
        VisitSerializer,
        VisitFactory.build(),
        patient=PatientFactory.create(workspace=workspace),
        referrer=PatientFactory.create(workspace=workspace),
    )
