"""The genome's user stories: each `<role> can|cannot <action> <Entity>` line is a test."""

import pytest
from rest_framework import status

from apps.comment.generated.factories import CommentFactory
from apps.comment.generated.tests.payloads import payload as comment_payload
from apps.core.testing import join, member_of, perform, signed_in
from apps.project.generated.factories import ProjectFactory
from apps.project.generated.tests.payloads import payload as project_payload
from apps.task.generated.factories import TaskFactory
from apps.task.generated.tests.payloads import payload as task_payload

pytestmark = pytest.mark.django_db


def test_us_1_member_can_create_task(client_for_role, workspace):
    """US-1: member can create Task"""
    response = perform(
        client_for_role("member"),
        "create",
        "/api/v1/tasks/",
        TaskFactory.create(workspace=workspace),
        task_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_1_viewer_cannot_create_task(client_for_role, workspace):
    """US-1: viewer cannot create Task"""
    response = perform(
        client_for_role("viewer"),
        "create",
        "/api/v1/tasks/",
        TaskFactory.create(workspace=workspace),
        task_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_us_2_viewer_can_list_project(client_for_role, workspace):
    """US-2: viewer can list Project"""
    response = perform(
        client_for_role("viewer"),
        "list",
        "/api/v1/projects/",
        ProjectFactory.create(workspace=workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_2_viewer_can_retrieve_task(client_for_role, workspace):
    """US-2: viewer can retrieve Task"""
    response = perform(
        client_for_role("viewer"),
        "retrieve",
        "/api/v1/tasks/",
        TaskFactory.create(workspace=workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_2_viewer_cannot_delete_task(client_for_role, workspace):
    """US-2: viewer cannot delete Task"""
    response = perform(
        client_for_role("viewer"),
        "delete",
        "/api/v1/tasks/",
        TaskFactory.create(workspace=workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_us_3_admin_can_update_project(client_for_role, workspace):
    """US-3: admin can update Project"""
    response = perform(
        client_for_role("admin"),
        "update",
        "/api/v1/projects/",
        ProjectFactory.create(workspace=workspace),
        project_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_4_member_can_update_own_comment(workspace):
    """US-4: member can update own Comment"""
    user = join(workspace, "member")
    response = perform(
        signed_in(user),
        "update",
        "/api/v1/comments/",
        CommentFactory.create(workspace=workspace, author=user),
        comment_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_4_member_cannot_update_comment(client_for_role, workspace):
    """US-4: member cannot update Comment"""
    response = perform(
        client_for_role("member"),
        "update",
        "/api/v1/comments/",
        CommentFactory.create(workspace=workspace, author=member_of(workspace)),
        comment_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_us_4_member_cannot_delete_comment(client_for_role, workspace):
    """US-4: member cannot delete Comment"""
    response = perform(
        client_for_role("member"),
        "delete",
        "/api/v1/comments/",
        CommentFactory.create(workspace=workspace, author=member_of(workspace)),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
