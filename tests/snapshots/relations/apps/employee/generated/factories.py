import factory

from apps.employee.models import Employee
from apps.users.factories import UserFactory, WorkspaceFactory


class EmployeeFactory(factory.django.DjangoModelFactory[Employee]):
    """Valid employees; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    full_name = factory.Sequence(lambda n: f"full-name-{n}")
    home_country = factory.SubFactory("apps.country.generated.factories.CountryFactory")

    class Meta:
        model = Employee
        skip_postgeneration_save = True

    class Params:
        full = factory.Trait(
            team=factory.SubFactory(
                "apps.team.generated.factories.TeamFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
            account=factory.SubFactory(UserFactory),
            approver=factory.SubFactory(UserFactory),
            reviewer=factory.SubFactory(UserFactory),
            work_country=factory.SubFactory(
                "apps.country.generated.factories.CountryFactory",
            ),
        )

    @factory.post_generation
    def peers(self, create, extracted, **kwargs):
        if create and extracted:
            self.peers.set(extracted)
