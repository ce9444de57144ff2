"""Who reads each field that not every role reads (the genome's visible_to): the
others neither receive it nor filter, search or order by it."""

import pytest

from apps.note.generated.factories import NoteFactory

URL = "/api/v1/notes/"

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


@pytest.mark.parametrize(("field", "role"), [("assessment", "owner")])
def test_a_role_not_listed_does_not_receive_it(client_for_role, workspace, field, role):
    row = NoteFactory.create(workspace=workspace)
    client = client_for_role(role)
    listed = client.get(URL).json()["results"]
    assert [item["id"] for item in listed] == [row.pk]
    assert field not in listed[0]
    retrieved = client.get(f"{URL}{row.pk}/").json()
    assert retrieved["id"] == row.pk
    assert field not in retrieved


@pytest.mark.parametrize(("field", "role"), [("assessment", "clinician")])
def test_a_listed_role_receives_it(client_for_role, workspace, field, role):
    row = NoteFactory.create(workspace=workspace)
    client = client_for_role(role)
    assert field in client.get(URL).json()["results"][0]
    assert field in client.get(f"{URL}{row.pk}/").json()
