from apps.core.testing import payload_for
from apps.ledger.generated.factories import LedgerFactory
from apps.report.generated.factories import ReportFactory
from apps.report.serializers import ReportSerializer


def payload(workspace) -> dict:
    """A valid request body for a new report in ``workspace``."""
    return payload_for(
        ReportSerializer,
        ReportFactory.build(),
        ledger=LedgerFactory.create(workspace=workspace),
    )
