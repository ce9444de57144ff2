"""Accounts API under /api/v1/auth/: sign up, sign in, tokens, profile, passwords.

Browsers get their tokens in httpOnly cookies (login, refresh); other clients use
/auth/token/ and send ``Authorization: Bearer <access>``.
"""

import logging
from collections.abc import Callable
from contextlib import suppress

from django.conf import settings
from django.contrib.auth import user_logged_in
from django.middleware.csrf import get_token, rotate_token
from django.views.decorators.csrf import ensure_csrf_cookie
from rest_framework import status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.tokens import RefreshToken
from rest_framework_simplejwt.views import TokenObtainPairView

from apps.core.parsers import JSONParser
from apps.users import services
from apps.users.authentication import (
    CookieJWTAuthentication,
    clear_auth_cookies,
    enforce_csrf,
    refresh_token_missing,
    refresh_token_refused,
    set_auth_cookies,
)
from apps.users.serializers import (
    LoginSerializer,
    PasswordChangeSerializer,
    PasswordResetConfirmSerializer,
    PasswordResetSerializer,
    ProfileSerializer,
    RefreshSerializer,
    RegisterSerializer,
    TokenSignInSerializer,
    profile_data,
)

logger = logging.getLogger(__name__)


def profile_response(request, user, status_code=status.HTTP_200_OK) -> Response:
    return Response(profile_data(user, request), status=status_code)


class PublicView(APIView):
    """An endpoint for signed-out users; stale cookies must not get in the way."""

    authentication_classes = []
    permission_classes = [AllowAny]

    def get_authenticate_header(self, request) -> str:
        # Without authenticators DRF would turn a 401 into a 403.
        return CookieJWTAuthentication().authenticate_header(request)


class SignInView(PublicView):
    """A public endpoint that signs a browser in, so it needs the CSRF token too:
    otherwise another site could sign a visitor in to an account of its own (login
    CSRF) and read what they then type. Non-browser clients use /auth/token/.

    Signing in rotates the CSRF token, as django.contrib.auth.login does: a token
    planted in the browser before sign-in is worthless after it.
    """

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        enforce_csrf(request)

    def signed_in(self, request, user, status_code=status.HTTP_200_OK) -> Response:
        rotate_token(request)
        response = profile_response(request, user, status_code)
        set_auth_cookies(response, RefreshToken.for_user(user))
        return response


class CsrfView(PublicView):
    """GET sets the CSRF cookie a browser app echoes in the X-CSRFToken header."""

    def get(self, request):
        return Response({"csrf_token": get_token(request)})

    @classmethod
    def as_view(cls, **initkwargs):
        return ensure_csrf_cookie(super().as_view(**initkwargs))


class RegisterView(SignInView):
    throttle_scope = "register"

    def post(self, request):
        serializer = RegisterSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = serializer.save()
        return self.signed_in(request, user, status.HTTP_201_CREATED)


class LoginView(SignInView):
    """Failed attempts are throttled per account and per address (throttles.py)."""

    def post(self, request):
        serializer = LoginSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        user = serializer.validated_data["user"]
        user_logged_in.send(sender=user.__class__, request=request, user=user)
        return self.signed_in(request, user)


class TokenView(TokenObtainPairView):
    """For non-browser clients: the token pair in the body, no cookies."""

    serializer_class = TokenSignInSerializer


class TokenBodyView(PublicView):
    """Takes the refresh token in a JSON body, or none: a form cannot tell an
    empty token from no token."""

    parser_classes = [JSONParser]


class RefreshView(TokenBodyView):
    """Rotates the refresh token; the old one is blacklisted and cannot be reused,
    but for a few seconds, so that two tabs refreshing at once both stay signed in
    (services.rotate_refresh_token)."""

    throttle_scope = "refresh"

    def post(self, request):
        body = RefreshSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        from_cookie = "refresh" not in body.validated_data
        raw = request.COOKIES.get(settings.AUTH_COOKIE_REFRESH) if from_cookie else None
        raw = raw or body.validated_data.get("refresh")
        if not raw:
            raise refresh_token_missing()
        if from_cookie:
            enforce_csrf(request)
        try:
            tokens = services.rotate_refresh_token(raw)
        except TokenError:
            raise refresh_token_refused() from None
        if not from_cookie:
            return Response(tokens)
        response = Response(status=status.HTTP_204_NO_CONTENT)
        set_auth_cookies(response, RefreshToken(tokens["refresh"]))
        return response


class LogoutView(TokenBodyView):
    """Blacklists the refresh token, from the body or the cookie, and clears the cookies.

    Non-browser clients send the refresh token /auth/token/ gave them in the body.
    """

    def post(self, request):
        body = RefreshSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        raw = body.validated_data.get("refresh")
        if raw is None:
            raw = request.COOKIES.get(settings.AUTH_COOKIE_REFRESH)
            if raw:
                enforce_csrf(request)
        if raw:
            # An expired or already blacklisted token is as good as signed out.
            with suppress(TokenError):
                RefreshToken(raw).blacklist()
        response = Response(status=status.HTTP_204_NO_CONTENT)
        clear_auth_cookies(response)
        return response


class MeView(APIView):
    """The signed-in user's profile; PATCH changes their names (the email and the
    password have their own flows)."""

    permission_classes = [IsAuthenticated]

    def get(self, request):
        return profile_response(request, request.user)

    def patch(self, request):
        serializer = ProfileSerializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return profile_response(request, request.user)


class PasswordChangeView(APIView):
    """Changes the password, signs out other devices and renews this one's tokens."""

    permission_classes = [IsAuthenticated]
    throttle_scope = "password_change"

    def post(self, request):
        serializer = PasswordChangeSerializer(
            data=request.data, context={"request": request}
        )
        serializer.is_valid(raise_exception=True)
        services.change_password(
            user=request.user, new_password=serializer.validated_data["new_password"]
        )
        response = Response(status=status.HTTP_204_NO_CONTENT)
        set_auth_cookies(response, RefreshToken.for_user(request.user))
        return response


class ThenResponse(Response):
    """A response that runs ``then`` once the server has sent it.

    WSGI servers call ``close()`` after the last byte, so the client neither waits
    for ``then`` nor can time it; a failure there is logged.
    """

    def __init__(self, then: Callable[[], object], *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.then = then

    def close(self) -> None:
        try:
            self.then()
        except Exception:
            logger.exception("The work after a %s response failed.", self.status_code)
        finally:
            super().close()


class PasswordResetView(PublicView):
    """Emails a reset link. The answer is the same, in the same time, whether or not
    the address has an account: the lookup and the email come after it."""

    throttle_scope = "password_reset"

    def post(self, request):
        serializer = PasswordResetSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        email = serializer.validated_data["email"]
        return ThenResponse(
            lambda: services.request_password_reset(email=email),
            status=status.HTTP_202_ACCEPTED,
        )


class PasswordResetConfirmView(PublicView):
    throttle_scope = "password_reset"

    def post(self, request):
        serializer = PasswordResetConfirmSerializer(
            data=request.data, context={"request": request}
        )
        serializer.is_valid(raise_exception=True)
        services.reset_password(**serializer.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)
