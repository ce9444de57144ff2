import factory

from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.users.factories import WorkspaceFactory


class BloodPressureMeasurementScheduFactory(
    factory.django.DjangoModelFactory[BloodPressureMeasurementSchedu],
):
    """Valid blood pressure measurement schedus."""

    workspace = factory.SubFactory(WorkspaceFactory)
    systolic_pressure_in_millimetres_of_mercury_measured_seated = factory.Sequence(
        lambda n: 40 + n % 261,
    )
    a_rather_long_field_name_that_explains_itself_in_detail_yes = factory.Sequence(
        lambda n: f"a-rather-long-field-name-that-explains-itself-in-detail-yes-{n}",
    )
    state = BloodPressureMeasurementSchedu.State.SHORT
    the_patient_whose_blood_pressure_schedule_this_is_recorded = factory.SubFactory(
        "apps.another_extremely_long_entity_name.generated.factories.AnotherExtremelyLongEntityNameFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = BloodPressureMeasurementSchedu
