import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create()
    assert str(row) == row.reference


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=other_workspace,
    )
    rows = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX.objects.for_workspace(
        workspace,
    )
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("reference", "x" * 256, id="reference-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX.objects.for_workspace(
        workspace,
    )
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "patient_insurance_720ec3_order" in rows.explain()
