"""BookkeepingEntryForCardiovascularRehabilitationProgramsInCli: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend BookkeepingEntryForCardiovascularRehabilitationProgramsInCliBase.Meta.
"""

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliBase,
)


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCli(
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliBase,
):
    """Bookkeeping entry for cardiovascular rehabilitation programs in cli."""
