"""Workspace scoping: the request's workspace, its rows only, one role query."""

from importlib import import_module
from typing import cast

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate

from apps.core.checks import served_model
from apps.core.permissions import HasWorkspaceRole
from apps.core.testing import join, signed_in
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.users.factories import MembershipFactory
from apps.users.models import User
from config.api import router

pytestmark = pytest.mark.django_db


def scoped_route():
    """An entity route of this genome over workspace data, and its row factory."""
    for prefix, viewset, _basename in router.registry:
        if issubclass(viewset, WorkspaceScopedModelViewSet):
            model = served_model(viewset)
            factories = import_module(
                f"{model._meta.app_config.name}.generated.factories"
            )
            return (
                f"/api/v1/{prefix}/",
                viewset,
                getattr(factories, f"{model.__name__}Factory"),
            )
    pytest.skip("No workspace entity of this genome has an API.")


def reader_role(viewset) -> str:
    return viewset.role_permissions["list"][0]


class CustomActions(WorkspaceScopedModelViewSet):
    """Actions written the usual DRF way, as a project adds them."""

    @action(detail=False)
    def every_id(self, request):
        return Response(sorted(self.get_queryset().values_list("pk", flat=True)))

    @action(detail=True)
    def one(self, request, pk=None):
        return Response({"id": self.get_object().pk})


def test_a_custom_action_reads_only_the_request_workspace(workspace, other_workspace):
    _url, viewset, factory = scoped_route()
    mine = factory.create(workspace=workspace)
    theirs = factory.create(workspace=other_workspace)
    bases = (CustomActions, viewset)
    WithActions = cast(type[CustomActions], type("WithActions", bases, {}))
    user = join(workspace, reader_role(viewset))
    request = APIRequestFactory().get("/")
    force_authenticate(request, user=user)
    listed = WithActions.as_view({"get": "every_id"})(request)
    assert listed.data == [mine.pk]
    request = APIRequestFactory().get("/")
    force_authenticate(request, user=user)
    found = WithActions.as_view({"get": "one"})(request, pk=theirs.pk)
    assert found.status_code == 404


def test_the_x_workspace_header_chooses_the_workspace_of_one_request(
    workspace, other_workspace
):
    url, viewset, factory = scoped_route()
    role = reader_role(viewset)
    user = join(workspace, role)
    MembershipFactory.create(user=user, workspace=other_workspace, role=role)
    mine = factory.create(workspace=workspace)
    other = factory.create(workspace=other_workspace)
    client = signed_in(user)

    def listed(**headers) -> list[int]:
        response = client.get(url, headers=headers)
        assert response.status_code == 200, response.json()
        return [row["id"] for row in response.json()["results"]]

    # Without the header, the active workspace; with it, the one it names.
    assert listed() == [mine.pk]
    assert listed(X_Workspace=str(other_workspace.pk)) == [other.pk]
    assert (
        client.get(
            f"{url}{mine.pk}/", headers={"X-Workspace": str(other_workspace.pk)}
        ).status_code
        == 404
    )
    user.refresh_from_db()
    assert user.active_workspace == workspace


def test_a_workspace_the_user_is_not_a_member_of_is_refused(workspace, other_workspace):
    url, viewset, _factory = scoped_route()
    client = signed_in(join(workspace, reader_role(viewset)))
    response = client.get(url, headers={"X-Workspace": str(other_workspace.pk)})
    assert response.status_code == 403
    assert response.json() == {
        "error": "not_a_member",
        "message": f"You are not a member of workspace {other_workspace.pk}.",
        "fields": {},
    }
    for malformed in ("abc", "-1", "0", "9" * 30):
        response = client.get(url, headers={"X-Workspace": malformed})
        assert response.status_code == 400, malformed
        assert response.json()["error"] == "invalid_workspace_header"


def test_the_role_check_is_one_indexed_query_without_joins(workspace):
    _url, viewset, _factory = scoped_route()
    user = join(workspace, reader_role(viewset))
    request = Request(APIRequestFactory().get("/"))
    request.user = user
    view = viewset(action="list")
    with CaptureQueriesContext(connection) as queries:
        assert HasWorkspaceRole().has_permission(request, view)
    [query] = queries.captured_queries
    assert "JOIN" not in query["sql"].upper()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {query['sql']}")
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "Index" in plan, plan


def test_a_superuser_without_a_workspace_creates_one_first():
    """What the README tells a superuser made by createsuperuser to do."""
    url, _viewset, _factory = scoped_route()
    client = signed_in(
        User.objects.create_superuser("root@example.com", "a passphrase")
    )
    response = client.get(url)
    assert response.status_code == 403
    assert response.json()["error"] == "no_workspace"
    created = client.post("/api/v1/workspaces/", {"name": "Operations"})
    assert created.status_code == 201, created.json()
    assert client.get(url).status_code == 200


def test_browsers_on_allowed_origins_may_send_the_header(api_client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
    response = api_client.options(
        "/api/v1/auth/me/",
        HTTP_ORIGIN="https://app.example.com",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-workspace",
    )
    allowed = response["Access-Control-Allow-Headers"].split(", ")
    assert "x-workspace" in allowed
