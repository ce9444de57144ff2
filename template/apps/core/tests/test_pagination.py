"""A list's paging parameters: what the schema allows is read, the rest refused."""

import pytest
from rest_framework import status

pytestmark = pytest.mark.django_db

URL = "/api/v1/workspaces/"


@pytest.mark.parametrize("page_size", ["", "true", "0", "-1", "1.5", "101", "9" * 40])
def test_a_page_size_the_schema_does_not_allow_is_refused(member_client, page_size):
    response = member_client.get(URL, {"page_size": page_size})
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["fields"] == {
        "page_size": ["Ask for 1 to 100 rows per page, such as 20."]
    }


@pytest.mark.parametrize("page_size", ["1", "100"])
def test_a_page_size_from_1_to_100_is_read(member_client, page_size):
    response = member_client.get(URL, {"page_size": page_size})
    assert response.status_code == status.HTTP_200_OK


@pytest.mark.parametrize("page", ["last", "true", "0", ""])
def test_a_page_is_a_number_from_1(member_client, page):
    response = member_client.get(URL, {"page": page})
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert response.json()["error"] == "not_found"
