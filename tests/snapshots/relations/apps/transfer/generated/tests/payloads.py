from apps.core.testing import payload_for
from apps.employee.generated.factories import EmployeeFactory
from apps.team.generated.factories import TeamFactory
from apps.transfer.generated.factories import TransferFactory
from apps.transfer.serializers import TransferSerializer


def payload(workspace) -> dict:
    """A valid request body for a new transfer in ``workspace``."""
    return payload_for(
        TransferSerializer,
        TransferFactory.build(),
        employee=EmployeeFactory.create(workspace=workspace),
        from_team=TeamFactory.create(workspace=workspace),
        to_team=TeamFactory.create(workspace=workspace),
    )
