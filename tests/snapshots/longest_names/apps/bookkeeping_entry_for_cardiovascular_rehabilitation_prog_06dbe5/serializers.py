"""BookkeepingEntryForCardiovascularRehabilitationProgramsInCli serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.serializers import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliWriteSerializer,
)


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer(
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliWriteSerializer,
):
    """Validates bookkeeping entry for cardiovascular rehabilitation programs in cli input; responds with BookkeepingEntryForCardiovascularRehabilitationProgramsInCliReadSerializer."""
