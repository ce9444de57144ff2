from apps.another_extremely_long_entity_name.generated.factories import (
    AnotherExtremelyLongEntityNameFactory,
)
from apps.blood_pressure_measurement_schedu.generated.factories import (
    BloodPressureMeasurementScheduFactory,
)
from apps.blood_pressure_measurement_schedu.serializers import (
    BloodPressureMeasurementScheduSerializer,
)
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new blood pressure measurement schedu in ``workspace``."""
    return payload_for(
        BloodPressureMeasurementScheduSerializer,
        BloodPressureMeasurementScheduFactory.build(),
        the_patient_whose_blood_pressure_schedule_this_is_recorded=AnotherExtremelyLongEntityNameFactory.create(
            workspace=workspace,
        ),
    )
