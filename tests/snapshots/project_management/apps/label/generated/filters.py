from apps.core.filters import FilterSet
from apps.label.models import Label


class LabelFilterSet(FilterSet):
    """Query parameters of GET /api/v1/labels/ from the genome's ``filter`` flags."""

    class Meta:
        model = Label
        fields = ()
