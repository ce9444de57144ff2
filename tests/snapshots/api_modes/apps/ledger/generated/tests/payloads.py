from apps.core.testing import payload_for
from apps.ledger.generated.factories import LedgerFactory
from apps.ledger.serializers import LedgerSerializer


def payload(workspace) -> dict:
    """A valid request body for a new ledger in ``workspace``."""
    return payload_for(LedgerSerializer, LedgerFactory.build())
