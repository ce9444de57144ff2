"""Helpers for the generated API tests."""

import datetime
import json
import re
from typing import Any

import pytest
import rstr
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import models
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework import serializers
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from apps.users.factories import MembershipFactory
from apps.users.roles import OWNER_ROLE


def join(workspace, role: str, **fields):
    """A new user holding ``role`` in ``workspace``, working in it.

    ``fields`` go to MembershipFactory: ``join(workspace, role, user__is_active=False)``.
    """
    membership = MembershipFactory.create(
        workspace=workspace,
        role=role,
        user__active_workspace=workspace,
        **fields,
    )
    return membership.user


def signed_in(user) -> APIClient:
    """A client signed in as a browser is: access token in a cookie, CSRF checked.

    The client holds the cookies a browser holds after signing in: the access token,
    and the CSRF cookie with its masked token echoed in the X-CSRFToken header, as
    ``/auth/csrf/`` hands them out (test_auth.py goes through that endpoint).
    """
    client = APIClient(enforce_csrf_checks=True)
    client.cookies[settings.AUTH_COOKIE_ACCESS] = str(AccessToken.for_user(user))
    browser = HttpRequest()
    csrf_token = get_token(browser)
    client.cookies[settings.CSRF_COOKIE_NAME] = browser.META["CSRF_COOKIE"]
    client.credentials(HTTP_X_CSRFTOKEN=csrf_token)
    return client


def skip_unless_sent(serializer_class, field: str) -> None:
    """Skip a test of the values a client sends in ``field`` when the project's own
    serializer sets the field itself (a ``HiddenField`` or read-only field of yours
    in apps/<app>/serializers.py): the genome's rule then binds your code, not them.
    """
    found = serializer_class().fields.get(field)
    if found is None or found.read_only or isinstance(found, serializers.HiddenField):
        pytest.skip(
            f"{serializer_class.__name__} sets {field} itself, so no client sends it"
        )


def member_of(workspace):
    """A user who belongs to ``workspace``."""
    return MembershipFactory.create(workspace=workspace).user


_issued: set[tuple[str, str]] = set()


def text_matching(pattern: str, min_length: int, max_length: int) -> str:
    """A random string that matches all of ``pattern`` and fits the length bounds.

    Never the same string twice in a test run, so unique fields stay unique; never
    with white space at either end, which the API trims from what it writes and from
    a filter's value, so a row holds what a client could have stored and find again.
    """
    for _ in range(200):
        value = rstr.xeger(pattern)
        fits = (
            min_length <= len(value) <= max_length
            and value == value.strip()
            and re.fullmatch(pattern, value) is not None
        )
        if fits and (pattern, value) not in _issued:
            _issued.add((pattern, value))
            return value
    raise ValueError(
        f"No string of {min_length} to {max_length} characters matching {pattern!r} "
        "was found; loosen the pattern or the length limits."
    )


def default_of(model: type[models.Model], field: str) -> Any:
    """The value a new row of ``model`` takes for ``field`` when it is given none."""
    model_field = model._meta.get_field(field)
    assert isinstance(model_field, models.Field), f"{field} is not a column"
    return model_field.get_default()


def other_value(factory, field: str, than: Any) -> Any:
    """A value of ``field`` that ``factory`` makes and that is not ``than``."""
    for _ in range(20):
        value = getattr(factory.build(), field)
        if value != than:
            return value
    raise ValueError(
        f"{factory.__name__} made {field}={than!r} 20 times out of 20; give the field "
        "more values, or a default the factory does not make."
    )


def above(value):
    """A value just above ``value``, for factories that keep to the genome's rules:
    the next whole number, a day, an hour or a minute later (a time stays in its
    day: the last moment of it, at the latest)."""
    return shifted(value, 1)


def below(value):
    """A value just below ``value``: ``above``'s mirror (midnight, at the earliest)."""
    return shifted(value, -1)


def shifted(value, sign: int):
    if isinstance(value, datetime.datetime | datetime.timedelta):
        return value + sign * datetime.timedelta(hours=1)
    if isinstance(value, datetime.date):
        return value + sign * datetime.timedelta(days=1)
    if isinstance(value, datetime.time):
        day = datetime.date(2000, 1, 2)
        moment = datetime.datetime.combine(day, value) + sign * datetime.timedelta(
            minutes=1
        )
        if moment.date() != day:
            return datetime.time.max if sign > 0 else datetime.time.min
        return moment.time()
    return value + sign


def different(value, options):
    """The first of ``options`` that is not ``value``."""
    return next(option for option in options if option != value)


def oversized_file(size: int) -> SimpleUploadedFile:
    return SimpleUploadedFile("oversized.bin", b"x" * size)


def payload_for(serializer_class, instance, **relations) -> dict:
    """A request body for ``serializer_class`` from an unsaved factory instance.

    ``relations`` gives saved related rows (a list for many-to-many); they are sent
    by id. Files become uploads.
    """
    payload = {}
    for name, field in serializer_class().fields.items():
        if field.read_only or isinstance(field, serializers.HiddenField):
            continue
        if name in relations:
            related = relations[name]
            payload[name] = (
                [row.pk for row in related] if isinstance(related, list) else related.pk
            )
            continue
        value = getattr(instance, name)
        if isinstance(field, serializers.FileField):
            if value:
                value.open()
                payload[name] = SimpleUploadedFile(value.name, value.read())
        elif value is not None:
            payload[name] = field.to_representation(value)
    return payload


def perform(client, action: str, url: str, row, payload: dict | None = None):
    """Do a genome action (list, retrieve, create, update, delete) on ``url``."""
    detail = f"{url}{row.pk}/"
    if action == "list":
        return client.get(url)
    if action == "retrieve":
        return client.get(detail)
    if action == "create":
        return client.post(url, **request_kwargs(payload))
    if action == "update":
        return client.put(detail, **request_kwargs(payload))
    if action == "delete":
        return client.delete(detail)
    raise ValueError(f"unknown action {action!r}")


def request_kwargs(payload: dict | None) -> dict:
    """Keyword arguments for the test client: multipart when the body holds files."""
    if payload is None:
        raise ValueError("create and update need a payload")
    if not any(isinstance(value, UploadedFile) for value in payload.values()):
        return {"data": payload, "format": "json"}
    data = {
        key: json.dumps(value) if isinstance(value, dict) else value
        for key, value in payload.items()
    }
    return {"data": data, "format": "multipart"}


def api_endpoints(patterns=None, prefix: str = "") -> list[tuple[str, Any]]:
    """(path, view) for each URL under /api/, parameters filled with 1."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found += api_endpoints(pattern.url_patterns, route)
        elif (
            isinstance(pattern, URLPattern)
            and "format" not in pattern.pattern.regex.groupindex
        ):
            path = "/" + re.sub(r"<[^>]+>|\(\?P<\w+>[^)]+\)", "1", route)
            path = path.replace("^", "").replace("$", "")
            if path.startswith("/api/"):
                found.append((path, pattern.callback))
    return found


def methods(view) -> list[str]:
    """The methods ``view`` answers, but HEAD and OPTIONS."""
    names = ("get", "post", "put", "patch", "delete")
    actions = getattr(view, "actions", None)
    if actions:
        return [name.upper() for name in names if name in actions]
    return [name.upper() for name in names if hasattr(view.cls, name)]


def allowed_client(view, action: str, workspace) -> APIClient | None:
    """A client signed in as staff with a role that may do ``action`` in ``view``.

    None when no role may: the genome's permissions leave the action to nobody.
    """
    roles = getattr(view.cls, "role_permissions", {}).get(action, (OWNER_ROLE,))
    if not roles:
        return None
    return signed_in(join(workspace, roles[0], user__is_staff=True))
