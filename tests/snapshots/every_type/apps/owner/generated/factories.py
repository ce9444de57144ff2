import factory

from apps.owner.models import Owner
from apps.users.factories import WorkspaceFactory


class OwnerFactory(factory.django.DjangoModelFactory[Owner]):
    """Valid owners."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Owner
