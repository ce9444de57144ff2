from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.team.models import Team


class TeamFilterSet(FilterSet):
    """Query parameters of GET /api/v1/teams/ from the genome's ``filter`` flags."""

    lead = filters.NumberFilter(field_name="lead")
    country = filters.NumberFilter(field_name="country")

    class Meta:
        model = Team
        fields = ()
