import factory

from apps.note.models import Note
from apps.users.factories import UserFactory, WorkspaceFactory


class NoteFactory(factory.django.DjangoModelFactory[Note]):
    """Valid notes."""

    workspace = factory.SubFactory(WorkspaceFactory)
    body = factory.Sequence(lambda n: f"body-{n}")
    tags = factory.List(["alpha", "beta"])
    assessment = factory.Sequence(lambda n: f"assessment-{n}")
    visit = factory.SubFactory(
        "apps.visit.generated.factories.VisitFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = Note
