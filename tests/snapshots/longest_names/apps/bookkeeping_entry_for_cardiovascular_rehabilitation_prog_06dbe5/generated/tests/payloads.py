from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.factories import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory,
)
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.serializers import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new bookkeeping entry for cardiovascular rehabilitation programs in cli in ``workspace``."""
    return payload_for(
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer,
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.build(),
        log=CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
        ),
    )
