import factory

from apps.note.models import Note
from apps.users.factories import WorkspaceFactory


class NoteFactory(factory.django.DjangoModelFactory[Note]):
    """Valid notes."""

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"title-{n}")
    body = factory.Sequence(lambda n: f"body-{n}")

    class Meta:
        model = Note
