from apps.core.testing import payload_for
from apps.currency.generated.factories import CurrencyFactory
from apps.currency.serializers import CurrencySerializer


def payload(workspace) -> dict:
    """A valid request body for a new currency in ``workspace``."""
    return payload_for(CurrencySerializer, CurrencyFactory.build())
