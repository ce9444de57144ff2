import factory
import factory.fuzzy

from apps.core.testing import text_matching
from apps.project.models import Project
from apps.users.factories import UserFactory, WorkspaceFactory


class ProjectFactory(factory.django.DjangoModelFactory[Project]):
    """Valid projects; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")
    code = factory.LazyFunction(lambda: text_matching(r"[A-Z]{2,6}", 0, 12))
    summary = factory.Sequence(lambda n: f"summary-{n}")
    status = factory.fuzzy.FuzzyChoice(Project.Status.values)
    budget = factory.fuzzy.FuzzyDecimal(0, 1000, precision=2)
    starts_on = factory.Faker("date_object")
    due_on = factory.LazyAttribute(lambda row: row.starts_on)
    website = factory.Sequence(lambda n: f"https://example.com/website/{n}")

    class Meta:
        model = Project

    class Params:
        full = factory.Trait(
            lead=factory.SubFactory(UserFactory),
        )
