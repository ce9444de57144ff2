import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.another_extremely_long_entity_name.generated.factories import (
    AnotherExtremelyLongEntityNameFactory,
)
from apps.blood_pressure_measurement_schedu.generated.factories import (
    BloodPressureMeasurementScheduFactory,
)
from apps.blood_pressure_measurement_schedu.generated.tests.payloads import payload
from apps.blood_pressure_measurement_schedu.serializers import (
    BloodPressureMeasurementScheduSerializer,
)
from apps.core.testing import member_of, skip_unless_sent

pytestmark = pytest.mark.django_db

REQUIRED = [
    "systolic_pressure_in_millimetres_of_mercury_measured_seated",
    "a_rather_long_field_name_that_explains_itself_in_detail_yes",
    "the_patient_whose_blood_pressure_schedule_this_is_recorded",
]


def serializer_for(
    data: dict,
    workspace,
    row=None,
) -> BloodPressureMeasurementScheduSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return BloodPressureMeasurementScheduSerializer(
        row,
        data,
        context=context,
        partial=row is not None,
    )


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = BloodPressureMeasurementScheduFactory.create(workspace=workspace)
    changed = BloodPressureMeasurementScheduFactory.build().systolic_pressure_in_millimetres_of_mercury_measured_seated
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(
        systolic_pressure_in_millimetres_of_mercury_measured_seated=changed,
    )
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.systolic_pressure_in_millimetres_of_mercury_measured_seated == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param(
            "systolic_pressure_in_millimetres_of_mercury_measured_seated",
            39,
            id="systolic_pressure_in_millimetres_of_mercury_measured_seated-min",
        ),
        pytest.param(
            "systolic_pressure_in_millimetres_of_mercury_measured_seated",
            301,
            id="systolic_pressure_in_millimetres_of_mercury_measured_seated-max",
        ),
        pytest.param(
            "systolic_pressure_in_millimetres_of_mercury_measured_seated",
            "not a number",
            id="systolic_pressure_in_millimetres_of_mercury_measured_seated-type",
        ),
        pytest.param(
            "a_rather_long_field_name_that_explains_itself_in_detail_yes",
            "x" * 201,
            id="a_rather_long_field_name_that_explains_itself_in_detail_yes-max_length",
        ),
        pytest.param("state", "not-a-choice", id="state-choices"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(BloodPressureMeasurementScheduSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(BloodPressureMeasurementScheduSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "the_patient_whose_blood_pressure_schedule_this_is_recorded",
            lambda other_workspace: (
                AnotherExtremelyLongEntityNameFactory.create(
                    workspace=other_workspace,
                ).pk
            ),
        ),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
