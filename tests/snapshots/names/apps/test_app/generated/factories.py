import factory
import factory.fuzzy

from apps.test_app.models import Test
from apps.users.factories import WorkspaceFactory


class TestFactory(factory.django.DjangoModelFactory[Test]):
    """Valid tests."""

    workspace = factory.SubFactory(WorkspaceFactory)
    format = factory.Sequence(lambda n: f"format-{n}")
    page = factory.fuzzy.FuzzyInteger(0, 1000)
    search = factory.Sequence(lambda n: f"search-{n}")
    ordering = factory.fuzzy.FuzzyInteger(0, 1000)
    page_size = factory.fuzzy.FuzzyInteger(0, 1000)

    class Meta:
        model = Test
