import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.another_extremely_long_entity_name.generated.factories import (
    AnotherExtremelyLongEntityNameFactory,
)
from apps.blood_pressure_measurement_schedu.generated.factories import (
    BloodPressureMeasurementScheduFactory,
)
from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = BloodPressureMeasurementScheduFactory.create()
    assert str(row) == row.a_rather_long_field_name_that_explains_itself_in_detail_yes


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = BloodPressureMeasurementScheduFactory.create(workspace=workspace)
    BloodPressureMeasurementScheduFactory.create(workspace=other_workspace)
    rows = BloodPressureMeasurementSchedu.objects.for_workspace(workspace)
    assert list(rows) == [mine]


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
            "a_rather_long_field_name_that_explains_itself_in_detail_yes",
            "x" * 201,
            id="a_rather_long_field_name_that_explains_itself_in_detail_yes-max_length",
        ),
        pytest.param("state", "not-a-choice", id="state-choices"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = BloodPressureMeasurementScheduFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = BloodPressureMeasurementSchedu.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "blood_pressure_me_247d87_order" in rows.explain()


def test_the_admin_keeps_the_patient_whose_blood_pressure_schedule_this_is_recorded_inside_the_workspace(
    rf,
    workspace,
    other_workspace,
):
    model_admin = admin.site.get_model_admin(BloodPressureMeasurementSchedu)
    row = BloodPressureMeasurementScheduFactory.create(workspace=workspace)
    foreign = AnotherExtremelyLongEntityNameFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "the_patient_whose_blood_pressure_schedule_this_is_recorded"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This another extremely long entity name belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_systolic_pressure_in_millimetres_of_mercury_measured_seated_is_unique_within_a_workspace(
    workspace,
    other_workspace,
):
    first = BloodPressureMeasurementScheduFactory.create(workspace=workspace)
    BloodPressureMeasurementScheduFactory.create(
        workspace=other_workspace,
        systolic_pressure_in_millimetres_of_mercury_measured_seated=first.systolic_pressure_in_millimetres_of_mercury_measured_seated,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        BloodPressureMeasurementScheduFactory.create(
            workspace=workspace,
            systolic_pressure_in_millimetres_of_mercury_measured_seated=first.systolic_pressure_in_millimetres_of_mercury_measured_seated,
        )
