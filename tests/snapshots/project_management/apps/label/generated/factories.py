import factory

from apps.core.testing import text_matching
from apps.label.models import Label
from apps.users.factories import WorkspaceFactory


class LabelFactory(factory.django.DjangoModelFactory[Label]):
    """Valid labels."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")
    color = factory.LazyFunction(lambda: text_matching(r"#[0-9a-f]{6}", 0, 7))

    class Meta:
        model = Label
