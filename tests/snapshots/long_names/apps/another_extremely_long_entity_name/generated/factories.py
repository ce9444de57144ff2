import factory

from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)
from apps.users.factories import WorkspaceFactory


class AnotherExtremelyLongEntityNameFactory(
    factory.django.DjangoModelFactory[AnotherExtremelyLongEntityName],
):
    """Valid another extremely long entity names."""

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"title-{n}")

    class Meta:
        model = AnotherExtremelyLongEntityName
