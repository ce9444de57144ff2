"""BookkeepingEntryForCardiovascularRehabilitationProgramsInCli admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.admin import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliAdminBase,
)
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)


@admin.register(BookkeepingEntryForCardiovascularRehabilitationProgramsInCli)
class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliAdmin(
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliAdminBase,
):
    """Columns, filters and inlines come from the genome; override them here."""
