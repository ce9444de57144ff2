"""JWTs in httpOnly cookies for browsers, the Authorization header for other clients.

DRF checks CSRF only for session authentication; a cookie is sent by the browser
whatever page made the request, so a token read from a cookie gets the same CSRF
check here. A token from the Authorization header cannot be forged cross-site and
needs none.
"""

from typing import cast

from django.conf import settings
from django.core.exceptions import ValidationError
from rest_framework import exceptions
from rest_framework.authentication import SessionAuthentication
from rest_framework_simplejwt import exceptions as jwt_exceptions
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken

# What a 401 says, by simplejwt's error code.
TOKEN_ERRORS = {
    "token_not_valid": (
        "The access token is not valid or has expired; refresh it or sign in again."
    ),
    "bad_authorization_header": (
        "The Authorization header must be the word Bearer, a space and the token."
    ),
    "user_not_found": "The token's account does not exist; sign in again.",
    "user_inactive": "This account is disabled.",
    "password_changed": "The password has changed since the token was made; sign in.",
}
REFRESH_TOKEN_INVALID = (
    "The refresh token is not valid, has expired or was already used; sign in again."
)
REFRESH_TOKEN_MISSING = (
    "No refresh token was sent: sign in, or send the refresh token in the body."
)


class CookieJWTAuthentication(JWTAuthentication):
    def authenticate(self, request):
        try:
            return self.authenticate_token(request)
        except jwt_exceptions.AuthenticationFailed as error:
            detail = cast(dict, error.detail)  # simplejwt's: {"detail", "code", ...}
            code = str(detail["code"])
            message = TOKEN_ERRORS.get(code, TOKEN_ERRORS["token_not_valid"])
            raise exceptions.AuthenticationFailed(message, code) from None

    def authenticate_token(self, request):
        if self.get_header(request) is not None:
            return super().authenticate(request)
        raw_token = request.COOKIES.get(settings.AUTH_COOKIE_ACCESS)
        if not raw_token:
            return None
        validated_token = self.get_validated_token(raw_token)
        user = self.get_user(validated_token)
        enforce_csrf(request)
        return user, validated_token

    def get_user(self, validated_token):
        try:
            return super().get_user(validated_token)
        except (ValueError, TypeError, ValidationError):
            # Signed with this project's key, but its user claim is not an id.
            raise jwt_exceptions.InvalidToken() from None


def refresh_token_refused() -> exceptions.AuthenticationFailed:
    return exceptions.AuthenticationFailed(REFRESH_TOKEN_INVALID, "token_not_valid")


def refresh_token_missing() -> exceptions.NotAuthenticated:
    return exceptions.NotAuthenticated(REFRESH_TOKEN_MISSING, "refresh_token_missing")


def enforce_csrf(request) -> None:
    """Refuse an unsafe request without a valid CSRF token (403), as DRF sessions do."""
    SessionAuthentication().enforce_csrf(request)


def set_auth_cookies(response, refresh: RefreshToken) -> None:
    """Put both tokens in httpOnly cookies; the refresh one only reaches /auth/."""
    common = {
        "httponly": True,
        "secure": settings.AUTH_COOKIE_SECURE,
        "samesite": settings.AUTH_COOKIE_SAMESITE,
    }
    response.set_cookie(
        settings.AUTH_COOKIE_ACCESS,
        str(refresh.access_token),
        max_age=int(api_settings.ACCESS_TOKEN_LIFETIME.total_seconds()),
        path="/",
        **common,
    )
    response.set_cookie(
        settings.AUTH_COOKIE_REFRESH,
        str(refresh),
        max_age=int(api_settings.REFRESH_TOKEN_LIFETIME.total_seconds()),
        path=settings.AUTH_COOKIE_REFRESH_PATH,
        **common,
    )


def clear_auth_cookies(response) -> None:
    samesite = settings.AUTH_COOKIE_SAMESITE
    response.delete_cookie(settings.AUTH_COOKIE_ACCESS, path="/", samesite=samesite)
    response.delete_cookie(
        settings.AUTH_COOKIE_REFRESH,
        path=settings.AUTH_COOKIE_REFRESH_PATH,
        samesite=samesite,
    )
