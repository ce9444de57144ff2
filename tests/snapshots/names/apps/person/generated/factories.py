import factory

from apps.person.models import Person
from apps.users.factories import WorkspaceFactory


class PersonFactory(factory.django.DjangoModelFactory[Person]):
    """Valid people."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Person
