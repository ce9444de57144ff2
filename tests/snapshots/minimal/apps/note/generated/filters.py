from apps.core.filters import FilterSet
from apps.note.models import Note


class NoteFilterSet(FilterSet):
    """Query parameters of GET /api/v1/notes/ from the genome's ``filter`` flags."""

    class Meta:
        model = Note
        fields = ()
