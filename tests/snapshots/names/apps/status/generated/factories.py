import factory

from apps.status.models import Status
from apps.users.factories import WorkspaceFactory


class StatusFactory(factory.django.DjangoModelFactory[Status]):
    """Valid statuses."""

    workspace = factory.SubFactory(WorkspaceFactory)
    value = factory.Sequence(lambda n: f"value-{n}")

    class Meta:
        model = Status
