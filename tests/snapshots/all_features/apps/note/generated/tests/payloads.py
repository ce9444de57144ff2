from apps.core.testing import member_of, payload_for
from apps.note.generated.factories import NoteFactory
from apps.note.serializers import NoteSerializer
from apps.visit.generated.factories import VisitFactory


def payload(workspace) -> dict:
    """A valid request body for a new note in ``workspace``."""
    return payload_for(
        NoteSerializer,
        NoteFactory.build(),
        visit=VisitFactory.create(workspace=workspace),
        author=member_of(workspace),
    )
