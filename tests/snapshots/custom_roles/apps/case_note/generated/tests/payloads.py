from apps.case_note.generated.factories import CaseNoteFactory
from apps.case_note.serializers import CaseNoteSerializer
from apps.core.testing import payload_for
from apps.shift.generated.factories import ShiftFactory


def payload(workspace) -> dict:
    """A valid request body for a new case note in ``workspace``."""
    return payload_for(
        CaseNoteSerializer,
        CaseNoteFactory.build(),
        shift=ShiftFactory.create(workspace=workspace),
    )
