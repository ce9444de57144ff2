from apps.analysis.generated.factories import AnalysisFactory
from apps.analysis.serializers import AnalysisSerializer
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new analysis in ``workspace``."""
    return payload_for(AnalysisSerializer, AnalysisFactory.build())
