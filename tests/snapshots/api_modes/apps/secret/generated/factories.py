import factory

from apps.secret.models import Secret
from apps.users.factories import WorkspaceFactory


class SecretFactory(factory.django.DjangoModelFactory[Secret]):
    """Valid secrets."""

    workspace = factory.SubFactory(WorkspaceFactory)
    value = factory.Sequence(lambda n: f"value-{n}")

    class Meta:
        model = Secret
