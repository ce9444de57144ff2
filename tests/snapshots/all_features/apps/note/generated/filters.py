from django_filters import rest_framework as filters

from apps.core.filters import ArrayFilter, FilterSet
from apps.note.models import Note


class NoteFilterSet(FilterSet):
    """Query parameters of GET /api/v1/notes/ from the genome's ``filter`` flags."""

    tags = ArrayFilter(field_name="tags", lookup_expr="contains")
    visit = filters.NumberFilter(field_name="visit")

    class Meta:
        model = Note
        fields = ()
