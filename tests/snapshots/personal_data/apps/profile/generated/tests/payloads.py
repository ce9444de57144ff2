from apps.core.testing import member_of, payload_for
from apps.profile.generated.factories import ProfileFactory
from apps.profile.serializers import ProfileSerializer


def payload(workspace) -> dict:
    """A valid request body for a new profile in ``workspace``."""
    return payload_for(
        ProfileSerializer,
        ProfileFactory.build(),
        member=member_of(workspace),
        mentor=member_of(workspace),
    )
