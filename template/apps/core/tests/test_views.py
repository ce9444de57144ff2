import json

from django.test import RequestFactory

from apps.core.views import not_found, server_error


def test_unknown_urls_answer_json_in_the_error_format():
    response = not_found(RequestFactory().get("/nowhere/"), Exception())
    assert response.status_code == 404
    assert json.loads(response.content)["error"] == "not_found"


def test_crashes_answer_json_in_the_error_format():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    body = json.loads(response.content)
    assert body == {"error": "server_error", "message": body["message"], "fields": {}}
