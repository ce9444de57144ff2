"""Who reads each field that not every role reads (the genome's visible_to): the
others neither receive it nor filter, search or order by it."""

import pytest
from rest_framework import status

from apps.patient.generated.factories import PatientFactory
from apps.patient.models import Patient

URL = "/api/v1/patients/"

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.parametrize(
    ("field", "role"),
    [("insurance_number", "viewer"), ("billing_notes", "admin")],
)
def test_a_role_not_listed_does_not_receive_it(client_for_role, workspace, field, role):
    row = PatientFactory.create(workspace=workspace)
    client = client_for_role(role)
    listed = client.get(URL).json()["results"]
    assert [item["id"] for item in listed] == [row.pk]
    assert field not in listed[0]
    retrieved = client.get(f"{URL}{row.pk}/").json()
    assert retrieved["id"] == row.pk
    assert field not in retrieved


@pytest.mark.parametrize(
    ("field", "role"),
    [("insurance_number", "owner"), ("billing_notes", "owner")],
)
def test_a_listed_role_receives_it(client_for_role, workspace, field, role):
    row = PatientFactory.create(workspace=workspace)
    client = client_for_role(role)
    assert field in client.get(URL).json()["results"][0]
    assert field in client.get(f"{URL}{row.pk}/").json()


@pytest.mark.parametrize(
    ("field", "role", "parameter"),
    [("insurance_number", "viewer", "insurance_number__iexact")],
)
def test_a_role_not_listed_cannot_filter_by_it(
    client_for_role, workspace, field, role, parameter
):
    row = PatientFactory.create(workspace=workspace)
    response = client_for_role(role).get(URL, {parameter: str(getattr(row, field))})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    body = response.json()
    assert body["error"] == "validation_error"
    assert list(body["fields"]) == [parameter]


@pytest.mark.parametrize(
    ("field", "role", "readable"),
    [("insurance_number", "viewer", ("full_name",))],
)
def test_a_role_not_listed_does_not_find_rows_by_it(
    client_for_role, workspace, field, role, readable
):
    PatientFactory.create_batch(2, workspace=workspace)
    row = PatientFactory.create(workspace=workspace)
    term = str(getattr(row, field))
    found = ids(client_for_role(role).get(URL, {"search": term}))
    # A row is found only through a searched field the role reads.
    for other in Patient.objects.filter(pk__in=found):
        values = [str(getattr(other, name)).lower() for name in readable]
        for word in term.lower().replace(",", " ").split():
            assert any(word in value for value in values), (other.pk, word)


@pytest.mark.parametrize(("field", "role"), [("insurance_number", "viewer")])
@pytest.mark.parametrize("direction", ["", "-"])
def test_a_role_not_listed_cannot_order_by_it(
    client_for_role, workspace, field, role, direction
):
    PatientFactory.create_batch(3, workspace=workspace)
    client = client_for_role(role)
    default = ids(client.get(URL))
    assert ids(client.get(URL, {"ordering": direction + field})) == default
