from apps.core.filters import FilterSet
from apps.person.models import Person


class PersonFilterSet(FilterSet):
    """Query parameters of GET /api/v1/people/ from the genome's ``filter`` flags."""

    class Meta:
        model = Person
        fields = ()
