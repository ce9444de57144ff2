import json

import pytest
from django.test import RequestFactory

from apps.core.views import bad_request, not_found, permission_denied, server_error


def test_unknown_urls_answer_json_in_the_error_format():
    response = not_found(RequestFactory().get("/nowhere/"), Exception())
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"


def test_crashes_answer_json_in_the_error_format():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    body = json.loads(response.content)
    assert body == {"error": "server_error", "message": body["message"], "fields": {}}


def test_malformed_requests_and_refusals_answer_json_in_the_error_format():
    request = RequestFactory().get("/")
    malformed = bad_request(request, Exception())
    assert malformed.status_code == 400
    assert json.loads(malformed.content)["error"] == "bad_request"
    denied = permission_denied(request, Exception())
    assert denied.status_code == 403
    assert json.loads(denied.content)["error"] == "permission_denied"


@pytest.mark.django_db
def test_too_many_query_parameters_answer_json(member_client):
    query = "&".join(f"f{i}=1" for i in range(1100))  # DATA_UPLOAD_MAX_NUMBER_FIELDS
    response = member_client.get(f"/api/v1/workspaces/?{query}")
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"
