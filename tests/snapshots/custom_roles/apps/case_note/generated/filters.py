from apps.case_note.models import CaseNote
from apps.core.filters import FilterSet


class CaseNoteFilterSet(FilterSet):
    """Query parameters of GET /api/v1/case-notes/ from the genome's ``filter`` flags."""

    class Meta:
        model = CaseNote
        fields = ()
