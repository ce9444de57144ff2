import factory

from apps.json.models import Json
from apps.users.factories import WorkspaceFactory


class JsonFactory(factory.django.DjangoModelFactory[Json]):
    """Valid jsons."""

    workspace = factory.SubFactory(WorkspaceFactory)
    payload = factory.Dict({"key": "value"})

    class Meta:
        model = Json
