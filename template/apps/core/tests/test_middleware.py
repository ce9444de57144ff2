"""Signed-in answers and credentials are never stored by a browser or a proxy."""

import pytest

pytestmark = pytest.mark.django_db


def test_signed_in_answers_are_not_stored(member_client):
    response = member_client.get("/api/v1/auth/me/")
    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_an_error_to_a_signed_in_user_is_not_stored_either(member_client):
    response = member_client.get("/api/v1/workspaces/0/")
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]


def test_the_accounts_api_is_never_stored_even_signed_out(api_client):
    response = api_client.get("/api/v1/auth/csrf/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    response = api_client.post("/api/v1/auth/token/", {"email": "a@example.com"})
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]


def test_other_signed_out_answers_are_left_alone(api_client):
    response = api_client.get("/api/v1/workspaces/")
    assert response.status_code == 401
    assert "no-store" not in response.get("Cache-Control", "")
