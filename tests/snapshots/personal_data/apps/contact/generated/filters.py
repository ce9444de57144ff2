from apps.contact.models import Contact
from apps.core.filters import FilterSet


class ContactFilterSet(FilterSet):
    """Query parameters of GET /api/v1/contacts/ from the genome's ``filter`` flags."""

    class Meta:
        model = Contact
        fields = ()
