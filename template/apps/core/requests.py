"""The request type of views that require authentication, for type checkers.

Behind ``IsAuthenticated`` the user is a ``User``, never ``AnonymousUser``; views
declare ``request: AuthenticatedRequest`` to say so. The pattern django-stubs
recommends: https://github.com/typeddjango/django-stubs#how-can-i-create-a-httprequest-thats-guaranteed-to-have-an-authenticated-user
"""

from rest_framework.request import Request

from apps.users.models import User


class AuthenticatedRequest(Request):
    user: User
