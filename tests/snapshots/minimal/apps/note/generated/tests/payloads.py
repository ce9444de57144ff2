from apps.core.testing import payload_for
from apps.note.generated.factories import NoteFactory
from apps.note.serializers import NoteSerializer


def payload(workspace) -> dict:
    """A valid request body for a new note in ``workspace``."""
    return payload_for(NoteSerializer, NoteFactory.build())
