import factory

from apps.case_note.models import CaseNote
from apps.users.factories import UserFactory, WorkspaceFactory


class CaseNoteFactory(factory.django.DjangoModelFactory[CaseNote]):
    """Valid case notes."""

    workspace = factory.SubFactory(WorkspaceFactory)
    summary = factory.Sequence(lambda n: f"summary-{n}")
    shift = factory.SubFactory(
        "apps.shift.generated.factories.ShiftFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = CaseNote
