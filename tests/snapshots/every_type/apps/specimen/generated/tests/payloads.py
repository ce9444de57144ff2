from apps.category.generated.factories import CategoryFactory
from apps.core.testing import member_of, payload_for
from apps.owner.generated.factories import OwnerFactory
from apps.specimen.generated.factories import SpecimenFactory
from apps.specimen.serializers import SpecimenSerializer


def payload(workspace) -> dict:
    """A valid request body for a new specimen in ``workspace``."""
    return payload_for(
        SpecimenSerializer,
        SpecimenFactory.build(),
        category=CategoryFactory.create(),
        owner=OwnerFactory.create(workspace=workspace),
        keeper=member_of(workspace),
        curator=member_of(workspace),
        reviewers=[member_of(workspace)],
        twin=SpecimenFactory.create(workspace=workspace),
        parent=SpecimenFactory.create(workspace=workspace),
        related=[SpecimenFactory.create(workspace=workspace)],
        owners=[OwnerFactory.create(workspace=workspace)],
    )
