import factory

from apps.child.models import Child
from apps.users.factories import WorkspaceFactory


class ChildFactory(factory.django.DjangoModelFactory[Child]):
    """Valid children."""

    workspace = factory.SubFactory(WorkspaceFactory)
    parent = factory.SubFactory(
        "apps.person.generated.factories.PersonFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = Child
