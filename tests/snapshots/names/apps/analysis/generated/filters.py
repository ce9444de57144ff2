from apps.analysis.models import Analysis
from apps.core.filters import FilterSet


class AnalysisFilterSet(FilterSet):
    """Query parameters of GET /api/v1/analyses/ from the genome's ``filter`` flags."""

    class Meta:
        model = Analysis
        fields = ()
