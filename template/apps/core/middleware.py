"""What a signed-in user reads is theirs, and the accounts API hands out
credentials (tokens, the CSRF token): no browser or proxy may keep a copy.

The API authenticates in each view (DRF), which puts the user on the request this
middleware sees once the view has answered.
"""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


class NoStoreMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # The refresh cookie's path is the accounts API's (/api/v1/auth/).
        accounts = request.path.startswith(settings.AUTH_COOKIE_REFRESH_PATH)
        if request.user.is_authenticated or accounts:
            patch_cache_control(response, private=True, no_store=True)
        return response
