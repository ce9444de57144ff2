import factory
import factory.fuzzy

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.users.factories import WorkspaceFactory


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory(
    factory.django.DjangoModelFactory[
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
    ],
):
    """Valid bookkeeping entry for cardiovascular rehabilitation programs in clis."""

    workspace = factory.SubFactory(WorkspaceFactory)
    amount = factory.fuzzy.FuzzyDecimal(0, 1000, precision=2)
    log = factory.SubFactory(
        "apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories.CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
