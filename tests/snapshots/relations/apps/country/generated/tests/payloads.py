from apps.core.testing import payload_for
from apps.country.generated.factories import CountryFactory
from apps.country.serializers import CountrySerializer


def payload(workspace) -> dict:
    """A valid request body for a new country in ``workspace``."""
    return payload_for(CountrySerializer, CountryFactory.build())
