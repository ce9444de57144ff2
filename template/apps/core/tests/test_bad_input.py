"""Every endpoint of the API, sent input that must never make a 500.

The endpoints are read from the URL configuration, so an entity or a view added
later is covered without a new test. Each gets, signed out and signed in, a body
nested thousands of levels deep, NUL characters and unpaired surrogates in every
field it accepts (as text and inside a JSON document), and a validly signed token
whose user claim is not an id. Each answer is a success or a 4xx, and every error
is JSON in the project's error format, its message a sentence.
"""

import json

import pytest
from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from rest_framework import serializers
from rest_framework.test import APIClient
from rest_framework_simplejwt.tokens import AccessToken

from apps.core.testing import api_endpoints, methods

pytestmark = pytest.mark.django_db

UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
NESTED = "[" * 5000 + "]" * 5000


def writable_fields(view) -> dict[str, serializers.Field]:
    serializer_class = getattr(view.cls, "serializer_class", None)
    if serializer_class is None:
        return {}
    return {
        name: field
        for name, field in serializer_class().fields.items()
        if not field.read_only and not isinstance(field, serializers.HiddenField)
    }


ENDPOINTS = api_endpoints()


def bodies(view) -> dict[str, str]:
    fields = list(writable_fields(view)) or ["name"]
    values = {
        "nul": "a\x00b",
        "surrogate": "a\ud800b",
        "json_document": {"key\x00": ["\udc00", {"deep": "\x00"}]},
    }
    return {
        "nested": NESTED,
        **{
            kind: json.dumps(dict.fromkeys(fields, value))
            for kind, value in values.items()
        },
    }


def assert_answered(response, where: str) -> None:
    assert response.status_code < 500, where
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/json", where
        body = response.json()
        assert set(body) == {"error", "message", "fields"}, (where, body)
        assert body["message"].endswith("."), (where, body)


@pytest.fixture(params=["signed_out", "signed_in"])
def client(request, api_client, member_client) -> APIClient:
    return api_client if request.param == "signed_out" else member_client


def of_a_row(path: str, view, workspace) -> str | None:
    """``path`` with a row of the workspace for its id, so that an entity's detail
    route reads the body instead of answering 404 first; None for other paths."""
    model = getattr(getattr(view.cls, "queryset", None), "model", None)
    if model is None or not path.endswith("/1/"):
        return None
    meta = model._meta
    factory = f"apps.{meta.app_label}.generated.factories.{meta.object_name}Factory"
    try:
        factory_class = import_string(factory)
    except ImportError:  # not an entity
        return None
    tenant = any(field.name == "workspace" for field in meta.fields)
    row = factory_class.create(**({"workspace": workspace} if tenant else {}))
    return f"{path.removesuffix('1/')}{row.pk}/"


@pytest.mark.parametrize(("path", "view"), ENDPOINTS, ids=[p for p, _ in ENDPOINTS])
def test_bad_bodies_get_an_error_never_a_crash(client, workspace, path, view):
    row_path = of_a_row(path, view, workspace)
    signed_in = settings.AUTH_COOKIE_ACCESS in client.cookies
    # DELETE last: it takes the row away.
    for method in [name for name in UNSAFE if name in methods(view)]:
        for kind, body in bodies(view).items():
            where = row_path or path
            response = client.generic(method, where, body, "application/json")
            assert_answered(response, f"{method} {where} with a {kind} body")
            if row_path and signed_in and method != "DELETE":
                # The row exists: the body was read, not refused for a missing row.
                assert response.status_code != 404, (method, where, kind)


def test_a_nested_body_is_refused_as_malformed(member_client):
    response = member_client.post(
        "/api/v1/workspaces/", NESTED, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "error": "parse_error",
        "message": "The JSON body nests more than 100 levels deep; "
        "send a flatter document.",
        "fields": {},
    }


@pytest.mark.parametrize(
    "value", ["a\x00b", "a\ud800b"], ids=["nul", "unpaired_surrogate"]
)
def test_text_postgresql_cannot_store_is_refused_under_the_fields_name(
    member_client, value
):
    body = json.dumps({"name": value})
    response = member_client.post(
        "/api/v1/workspaces/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["name"]


@pytest.mark.parametrize(("path", "view"), ENDPOINTS, ids=[p for p, _ in ENDPOINTS])
@pytest.mark.parametrize("header", [False, True], ids=["cookie", "bearer"])
def test_a_signed_token_naming_no_user_id_is_refused(api_client, path, view, header):
    token = AccessToken()
    token["user_id"] = "not-an-id"
    if header:
        api_client.credentials(HTTP_AUTHORIZATION=f"Bearer {token}")
    else:
        api_client.cookies[settings.AUTH_COOKIE_ACCESS] = str(token)
    for method in methods(view):
        response = api_client.generic(method, path)
        assert_answered(response, f"{method} {path}")


def json_fields() -> list:
    """Each writable field of the API that a JSON column stores."""
    found = {}
    for _path, view in ENDPOINTS:
        for name, field in writable_fields(view).items():
            model = getattr(getattr(field.parent, "Meta", None), "model", None)
            if model is None:
                continue
            if any(
                column.name == field.source and isinstance(column, models.JSONField)
                for column in model._meta.get_fields()
            ):
                found[f"{model._meta.label}.{name}"] = field
    return [pytest.param(field, id=label) for label, field in found.items()]


@pytest.mark.parametrize("field", json_fields())
@pytest.mark.parametrize(
    "value", ["a\x00b", {"a\x00b": 1}, [{"key": ["\x00"]}]], ids=["text", "key", "deep"]
)
def test_every_json_field_refuses_nul_characters(field, value):
    with pytest.raises(serializers.ValidationError) as refused:
        field.run_validation(value)
    assert refused.value.detail == ["Null characters are not allowed."]
