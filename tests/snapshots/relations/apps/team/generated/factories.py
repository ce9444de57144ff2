import factory
import factory.fuzzy

from apps.team.models import Team
from apps.users.factories import UserFactory, WorkspaceFactory


class TeamFactory(factory.django.DjangoModelFactory[Team]):
    """Valid teams; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    name = factory.Sequence(lambda n: f"name-{n}")
    headcount = factory.fuzzy.FuzzyInteger(0, 1000)

    class Meta:
        model = Team

    class Params:
        full = factory.Trait(
            lead=factory.SubFactory(
                "apps.employee.generated.factories.EmployeeFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
            country=factory.SubFactory(
                "apps.country.generated.factories.CountryFactory",
            ),
            created_by=factory.SubFactory(UserFactory),
        )
