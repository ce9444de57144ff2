from apps.core.testing import member_of, payload_for
from apps.country.generated.factories import CountryFactory
from apps.employee.generated.factories import EmployeeFactory
from apps.employee.serializers import EmployeeSerializer
from apps.team.generated.factories import TeamFactory


def payload(workspace) -> dict:
    """A valid request body for a new employee in ``workspace``."""
    return payload_for(
        EmployeeSerializer,
        EmployeeFactory.build(),
        team=TeamFactory.create(workspace=workspace),
        manager=EmployeeFactory.create(workspace=workspace),
        mentor=EmployeeFactory.create(workspace=workspace),
        buddy=EmployeeFactory.create(workspace=workspace),
        peers=[EmployeeFactory.create(workspace=workspace)],
        account=member_of(workspace),
        approver=member_of(workspace),
        reviewer=member_of(workspace),
        home_country=CountryFactory.create(),
        work_country=CountryFactory.create(),
    )
