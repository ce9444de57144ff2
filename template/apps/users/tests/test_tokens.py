"""Every 401 about a token says what is wrong in a sentence, with a stable code."""

import pytest
from django.conf import settings
from rest_framework_simplejwt.tokens import AccessToken

from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me/"
REFRESH = "/api/v1/auth/refresh/"
ACCESS_REFUSED = (
    "The access token is not valid or has expired; refresh it or sign in again."
)


def refused(response, code: str, message: str) -> None:
    assert response.status_code == 401, response.content
    assert response.json() == {"error": code, "message": message, "fields": {}}
    assert response["WWW-Authenticate"] == 'Bearer realm="api"'


def test_a_token_that_is_not_one(api_client):
    api_client.cookies[settings.AUTH_COOKIE_ACCESS] = "not-a-token"
    refused(api_client.get(ME), "token_not_valid", ACCESS_REFUSED)


def test_a_signed_token_whose_user_claim_is_not_an_id(api_client):
    token = AccessToken()
    token["user_id"] = {"id": 1}
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    refused(api_client.get(ME), "token_not_valid", ACCESS_REFUSED)


def test_a_token_of_an_account_that_is_gone(api_client):
    user = UserFactory.create()
    token = AccessToken.for_user(user)
    user.delete()
    api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    message = "The token's account does not exist; sign in again."
    refused(api_client.get(ME), "user_not_found", message)


def test_an_authorization_header_in_three_parts(api_client):
    api_client.credentials(HTTP_AUTHORIZATION="Bearer two parts")
    message = "The Authorization header must be the word Bearer, a space and the token."
    refused(api_client.get(ME), "bad_authorization_header", message)


def test_a_refresh_without_a_token_says_none_was_sent(api_client):
    message = (
        "No refresh token was sent: sign in, or send the refresh token in the body."
    )
    refused(api_client.post(REFRESH, {}), "refresh_token_missing", message)


def test_a_refresh_token_that_is_not_one(api_client):
    message = (
        "The refresh token is not valid, has expired or was already used; "
        "sign in again."
    )
    response = api_client.post(REFRESH, {"refresh": "not-a-token"})
    refused(response, "token_not_valid", message)
