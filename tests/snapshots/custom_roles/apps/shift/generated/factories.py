import datetime

import factory
import factory.fuzzy

from apps.shift.models import Shift
from apps.users.factories import UserFactory, WorkspaceFactory


class ShiftFactory(factory.django.DjangoModelFactory[Shift]):
    """Valid shifts; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    starts_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    hours = factory.fuzzy.FuzzyDecimal(0.5, 24, precision=1)
    ward = factory.SubFactory("apps.ward.generated.factories.WardFactory")

    class Meta:
        model = Shift

    class Params:
        full = factory.Trait(
            clinician=factory.SubFactory(UserFactory),
        )
