import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.blood_pressure_measurement_schedu.generated.factories import (
    BloodPressureMeasurementScheduFactory,
)
from apps.patient_insurance_authorization_request.generated.factories import (
    PatientInsuranceAuthorizationRequestFactory,
)
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = PatientInsuranceAuthorizationRequestFactory.create()
    assert str(row) == row.reference


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = PatientInsuranceAuthorizationRequestFactory.create(workspace=workspace)
    PatientInsuranceAuthorizationRequestFactory.create(workspace=other_workspace)
    rows = PatientInsuranceAuthorizationRequest.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("reference", "x" * 256, id="reference-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = PatientInsuranceAuthorizationRequestFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = PatientInsuranceAuthorizationRequest.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "patient_insurance_4f25ba_order" in rows.explain()


def test_the_admin_keeps_schedule_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(PatientInsuranceAuthorizationRequest)
    row = PatientInsuranceAuthorizationRequestFactory.create(workspace=workspace)
    foreign = BloodPressureMeasurementScheduFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "schedule"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This blood pressure measurement schedu belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_reference_is_unique_within_a_workspace(workspace, other_workspace):
    first = PatientInsuranceAuthorizationRequestFactory.create(workspace=workspace)
    PatientInsuranceAuthorizationRequestFactory.create(
        workspace=other_workspace,
        reference=first.reference,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        PatientInsuranceAuthorizationRequestFactory.create(
            workspace=workspace,
            reference=first.reference,
        )
