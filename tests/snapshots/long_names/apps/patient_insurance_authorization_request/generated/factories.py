import factory

from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)
from apps.users.factories import WorkspaceFactory


class PatientInsuranceAuthorizationRequestFactory(
    factory.django.DjangoModelFactory[PatientInsuranceAuthorizationRequest],
):
    """Valid patient insurance authorization requests; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    reference = factory.Sequence(lambda n: f"reference-{n}")

    class Meta:
        model = PatientInsuranceAuthorizationRequest

    class Params:
        full = factory.Trait(
            schedule=factory.SubFactory(
                "apps.blood_pressure_measurement_schedu.generated.factories.BloodPressureMeasurementScheduFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
        )
