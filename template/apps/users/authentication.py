"""JWTs in httpOnly cookies for browsers, the Authorization header for other clients.

DRF checks CSRF only for session authentication; a cookie is sent by the browser
whatever page made the request, so a token read from a cookie gets the same CSRF
check here. A token from the Authorization header cannot be forged cross-site and
needs none.
"""

from django.conf import settings
from rest_framework.authentication import SessionAuthentication
from rest_framework_simplejwt.authentication import JWTAuthentication
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.tokens import RefreshToken


class CookieJWTAuthentication(JWTAuthentication):
    def authenticate(self, request):
        if self.get_header(request) is not None:
            return super().authenticate(request)
        raw_token = request.COOKIES.get(settings.AUTH_COOKIE_ACCESS)
        if not raw_token:
            return None
        validated_token = self.get_validated_token(raw_token)
        user = self.get_user(validated_token)
        enforce_csrf(request)
        return user, validated_token


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
