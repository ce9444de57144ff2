"""The OpenAPI schema builds without a warning and the docs pages answer."""

import re

import pytest
import yaml
from django.core.management import call_command
from rest_framework import serializers

from apps.core.etags import ETagViewSetMixin
from apps.core.schema import decimal_pattern
from apps.core.viewsets import WorkspaceScopedMixin
from config.api import router


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict:
    """The schema `manage.py spectacular` writes, validated, failing on any warning.

    Built once for the module (pytest-xdist hands a module to one worker whole):
    the tests below each read a part of it.
    """
    path = tmp_path_factory.mktemp("schema") / "schema.yml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    return yaml.safe_load(path.read_text())


def test_the_schema_is_valid_openapi_without_warnings(schema):
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/auth/login/" in schema["paths"]
    assert "Error" in schema["components"]["schemas"]
    schemes = schema["components"]["securitySchemes"]
    assert schemes["cookieAuth"] == {**schemes["cookieAuth"], "in": "cookie"}
    assert schemes["bearerAuth"]["scheme"] == "bearer"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        ("/api/v1/schema/", "application/vnd.oai.openapi"),
        ("/api/v1/docs/", "text/html"),
        ("/api/v1/redoc/", "text/html"),
    ],
)
def test_the_docs_answer_signed_out(client, url, content_type):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)


@pytest.mark.django_db
def test_the_schema_answers_json_on_request(client):
    """The schema keeps its ?format=, which the API's lists leave to fields."""
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi+json")
    assert response.json()["openapi"].startswith("3.")


@pytest.mark.django_db
def test_the_docs_pages_load_their_scripts_from_this_server(client):
    for url in ("/api/v1/docs/", "/api/v1/redoc/"):
        page = client.get(url).content.decode()
        assert "cdn.jsdelivr.net" not in page
        assert "/static/drf_spectacular_sidecar/" in page


def test_workspace_routes_take_an_optional_x_workspace_header(schema):
    paths = schema["paths"]

    def headers(url: str) -> dict:
        parameters = paths[url]["get"].get("parameters", ())
        return {p["name"]: p for p in parameters if p["in"] == "header"}

    assert "X-Workspace" not in headers("/api/v1/auth/me/")
    for prefix, viewset, _basename in router.registry:
        if issubclass(viewset, WorkspaceScopedMixin):
            header = headers(f"/api/v1/{prefix}/")["X-Workspace"]
            assert header.get("required", False) is False
            # The ids permissions.WORKSPACE_ID reads, and no other.
            assert header["schema"] == {
                "type": "integer",
                "minimum": 1,
                "maximum": 10**18 - 1,
            }


def test_lists_take_the_page_sizes_the_paginator_reads(schema):
    listed = schema["paths"]["/api/v1/workspaces/"]["get"]
    query = {p["name"]: p["schema"] for p in listed["parameters"] if p["in"] == "query"}
    assert query["page"] == {"type": "integer", "minimum": 1}
    assert query["page_size"] == {"type": "integer", "minimum": 1, "maximum": 100}


def test_the_cookie_and_the_bearer_token_are_alternatives(schema):
    me = schema["paths"]["/api/v1/auth/me/"]["get"]
    # One requirement listing both would mean "both at once".
    assert me["security"] == [{"cookieAuth": []}, {"bearerAuth": []}]


def test_a_rows_answers_document_its_etag(schema):
    paths = schema["paths"]
    for prefix, viewset, _basename in router.registry:
        if not issubclass(viewset, ETagViewSetMixin):
            continue
        detail = paths[f"/api/v1/{prefix}/" + "{id}/"]
        for operation, status in (
            (paths[f"/api/v1/{prefix}/"]["post"], "201"),
            (detail["get"], "200"),
            (detail["put"], "200"),
            (detail["patch"], "200"),
        ):
            headers = operation["responses"][status].get("headers", {})
            assert headers["ETag"]["schema"] == {"type": "string"}, prefix
        for method in ("put", "patch", "delete"):
            assert "412" in detail[method]["responses"], (prefix, method)


@pytest.mark.parametrize("places", [0, 2])
@pytest.mark.parametrize("minimum", [None, 0])
def test_a_decimal_matches_the_pattern_exactly_when_the_field_reads_it(places, minimum):
    field = serializers.DecimalField(
        max_digits=6, decimal_places=places, min_value=minimum
    )
    pattern = re.compile(decimal_pattern(field))
    for text in ("1", "-12", "1234", "1.", "0.5", ".25", "-.5", "1.234", "12345678"):
        try:
            field.run_validation(text)
        except serializers.ValidationError:
            assert not pattern.fullmatch(text), text
        else:
            assert pattern.fullmatch(text), text
    for text in ("", "-", ".", "-."):
        assert not pattern.fullmatch(text), text
