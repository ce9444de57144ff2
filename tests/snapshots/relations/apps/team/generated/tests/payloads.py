from apps.core.testing import payload_for
from apps.country.generated.factories import CountryFactory
from apps.employee.generated.factories import EmployeeFactory
from apps.team.generated.factories import TeamFactory
from apps.team.serializers import TeamSerializer


def payload(workspace) -> dict:
    """A valid request body for a new team in ``workspace``."""
    return payload_for(
        TeamSerializer,
        TeamFactory.build(),
        lead=EmployeeFactory.create(workspace=workspace),
        country=CountryFactory.create(),
    )
