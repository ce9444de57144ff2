from apps.blood_pressure_measurement_schedu.generated.factories import (
    BloodPressureMeasurementScheduFactory,
)
from apps.core.testing import payload_for
from apps.patient_insurance_authorization_request.generated.factories import (
    PatientInsuranceAuthorizationRequestFactory,
)
from apps.patient_insurance_authorization_request.serializers import (
    PatientInsuranceAuthorizationRequestSerializer,
)


def payload(workspace) -> dict:
    """A valid request body for a new patient insurance authorization request in ``workspace``."""
    return payload_for(
        PatientInsuranceAuthorizationRequestSerializer,
        PatientInsuranceAuthorizationRequestFactory.build(),
        schedule=BloodPressureMeasurementScheduFactory.create(workspace=workspace),
    )
