import factory

from apps.group.models import Group
from apps.users.factories import WorkspaceFactory


class GroupFactory(factory.django.DjangoModelFactory[Group]):
    """Valid groups."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")
    default = factory.Faker("pybool")

    class Meta:
        model = Group
