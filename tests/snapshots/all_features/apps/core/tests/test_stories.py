"""The genome's user stories: each `<role> can|cannot <action> <Entity>` line is a test."""

import pytest
from rest_framework import status

from apps.core.testing import perform
from apps.note.generated.factories import NoteFactory
from apps.note.generated.tests.payloads import payload as note_payload

pytestmark = pytest.mark.django_db


def test_us_1_clinician_can_create_note(client_for_role, workspace):
    """US-1: clinician can create Note"""
    response = perform(
        client_for_role("clinician"),
        "create",
        "/api/v1/notes/",
        NoteFactory.create(workspace=workspace),
        note_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_us_1_viewer_cannot_create_note(client_for_role, workspace):
    """US-1: viewer cannot create Note"""
    response = perform(
        client_for_role("viewer"),
        "create",
        "/api/v1/notes/",
        NoteFactory.create(workspace=workspace),
        note_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
