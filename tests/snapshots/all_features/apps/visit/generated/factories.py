import datetime

import factory
import factory.fuzzy

from apps.users.factories import WorkspaceFactory
from apps.visit.models import Visit


class VisitFactory(factory.django.DjangoModelFactory[Visit]):
    """Valid visits; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    starts_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    reason = factory.Sequence(lambda n: f"reason-{n}")
    status = Visit.Status.BOOKED
    fee = factory.fuzzy.FuzzyDecimal(0, 1000, precision=2)
    patient = factory.SubFactory(
        "apps.patient.generated.factories.PatientFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = Visit

    class Params:
        full = factory.Trait(
            referrer=factory.SubFactory(
                "apps.patient.generated.factories.PatientFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
        )
