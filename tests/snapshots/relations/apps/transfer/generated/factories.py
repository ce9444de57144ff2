import factory

from apps.transfer.models import Transfer
from apps.users.factories import WorkspaceFactory


class TransferFactory(factory.django.DjangoModelFactory[Transfer]):
    """Valid transfers."""

    workspace = factory.SubFactory(WorkspaceFactory)
    effective_on = factory.Faker("date_object")
    employee = factory.SubFactory(
        "apps.employee.generated.factories.EmployeeFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    from_team = factory.SubFactory(
        "apps.team.generated.factories.TeamFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    to_team = factory.SubFactory(
        "apps.team.generated.factories.TeamFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = Transfer
