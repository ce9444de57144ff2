from apps.core.filters import FilterSet
from apps.json.models import Json


class JsonFilterSet(FilterSet):
    """Query parameters of GET /api/v1/jsons/ from the genome's ``filter`` flags."""

    class Meta:
        model = Json
        fields = ()
