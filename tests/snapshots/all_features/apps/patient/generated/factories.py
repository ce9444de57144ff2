import factory

from apps.patient.models import Patient
from apps.users.factories import UserFactory, WorkspaceFactory


class PatientFactory(factory.django.DjangoModelFactory[Patient]):
    """Valid patients; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    full_name = factory.Sequence(lambda n: f"full-name-{n}")
    email = factory.Sequence(lambda n: f"email{n}@example.com")
    born_on = factory.Faker("date_object")
    allergies = factory.Sequence(lambda n: f"allergies-{n}")
    insurance_number = factory.Sequence(lambda n: f"insurance-number-{n}")
    active = factory.Faker("pybool")
    billing_notes = factory.Sequence(lambda n: f"billing-notes-{n}")

    class Meta:
        model = Patient

    class Params:
        full = factory.Trait(
            clinician=factory.SubFactory(UserFactory),
            account=factory.SubFactory(UserFactory),
        )
