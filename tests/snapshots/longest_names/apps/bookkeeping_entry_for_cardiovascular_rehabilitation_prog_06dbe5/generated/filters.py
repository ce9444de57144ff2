from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.core.filters import FilterSet


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFilterSet(FilterSet):
    """Query parameters of GET /api/v1/bookkeeping-entry-for-cardiovascular-rehabilitation-programs-in-clis/ from the genome's ``filter`` flags."""

    class Meta:
        model = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
        fields = ()
