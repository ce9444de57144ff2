from apps.core.testing import member_of, payload_for
from apps.shift.generated.factories import ShiftFactory
from apps.shift.serializers import ShiftSerializer
from apps.ward.generated.factories import WardFactory


def payload(workspace) -> dict:
    """A valid request body for a new shift in ``workspace``."""
    return payload_for(
        ShiftSerializer,
        ShiftFactory.build(),
        ward=WardFactory.create(),
        clinician=member_of(workspace),
    )
