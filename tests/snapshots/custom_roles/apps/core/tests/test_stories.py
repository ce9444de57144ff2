"""The genome's user stories: each `<role> can|cannot <action> <Entity>` line is a test."""

import pytest
from rest_framework import status

from apps.audit_entry.generated.factories import AuditEntryFactory
from apps.case_note.generated.factories import CaseNoteFactory
from apps.case_note.generated.tests.payloads import payload as case_note_payload
from apps.core.testing import join, member_of, perform, signed_in
from apps.shift.generated.factories import ShiftFactory
from apps.shift.generated.tests.payloads import payload as shift_payload
from apps.ward.generated.factories import WardFactory
from apps.ward.generated.tests.payloads import payload as ward_payload

pytestmark = pytest.mark.django_db


def test_rota_1_coordinator_can_create_shift(client_for_role, workspace):
    """ROTA-1: coordinator can create Shift"""
    response = perform(
        client_for_role("coordinator"),
        "create",
        "/api/v1/shifts/",
        ShiftFactory.create(workspace=workspace),
        shift_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_1_clinician_cannot_create_shift(client_for_role, workspace):
    """ROTA-1: clinician cannot create Shift"""
    response = perform(
        client_for_role("clinician"),
        "create",
        "/api/v1/shifts/",
        ShiftFactory.create(workspace=workspace),
        shift_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_1_clinician_can_update_own_shift(workspace):
    """ROTA-1: clinician can update own Shift"""
    user = join(workspace, "clinician")
    response = perform(
        signed_in(user),
        "update",
        "/api/v1/shifts/",
        ShiftFactory.create(workspace=workspace, clinician=user),
        shift_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_1_clinician_cannot_update_shift(client_for_role, workspace):
    """ROTA-1: clinician cannot update Shift"""
    response = perform(
        client_for_role("clinician"),
        "update",
        "/api/v1/shifts/",
        ShiftFactory.create(workspace=workspace, clinician=member_of(workspace)),
        shift_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_1_director_cannot_update_shift(client_for_role, workspace):
    """ROTA-1: director cannot update Shift"""
    response = perform(
        client_for_role("director"),
        "update",
        "/api/v1/shifts/",
        ShiftFactory.create(workspace=workspace),
        shift_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_2_clinician_can_create_case_note(client_for_role, workspace):
    """ROTA-2: clinician can create CaseNote"""
    response = perform(
        client_for_role("clinician"),
        "create",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace),
        case_note_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_2_director_cannot_list_case_note(client_for_role, workspace):
    """ROTA-2: director cannot list CaseNote"""
    response = perform(
        client_for_role("director"),
        "list",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_2_auditor_can_retrieve_case_note(client_for_role, workspace):
    """ROTA-2: auditor can retrieve CaseNote"""
    response = perform(
        client_for_role("auditor"),
        "retrieve",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_2_clinician_cannot_delete_case_note(client_for_role, workspace):
    """ROTA-2: clinician cannot delete CaseNote"""
    response = perform(
        client_for_role("clinician"),
        "delete",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_2_clinician_can_update_own_case_note(workspace):
    """ROTA-2: clinician can update own CaseNote"""
    user = join(workspace, "clinician")
    response = perform(
        signed_in(user),
        "update",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace, author=user),
        case_note_payload(workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_2_clinician_cannot_list_case_note(client_for_role, workspace):
    """ROTA-2: clinician cannot list CaseNote"""
    response = perform(
        client_for_role("clinician"),
        "list",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace, author=member_of(workspace)),
    )
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["results"] == []


def test_rota_2_clinician_cannot_retrieve_case_note(client_for_role, workspace):
    """ROTA-2: clinician cannot retrieve CaseNote"""
    response = perform(
        client_for_role("clinician"),
        "retrieve",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace, author=member_of(workspace)),
    )
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_rota_2_auditor_cannot_update_own_case_note(workspace):
    """ROTA-2: auditor cannot update own CaseNote"""
    user = join(workspace, "auditor")
    response = perform(
        signed_in(user),
        "update",
        "/api/v1/case-notes/",
        CaseNoteFactory.create(workspace=workspace, author=user),
        case_note_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_3_auditor_can_list_audit_entry(client_for_role, workspace):
    """ROTA-3: auditor can list AuditEntry"""
    response = perform(
        client_for_role("auditor"),
        "list",
        "/api/v1/audit-entries/",
        AuditEntryFactory.create(workspace=workspace),
    )
    assert response.status_code < 300, response.json()


def test_rota_3_clinician_cannot_list_audit_entry(client_for_role, workspace):
    """ROTA-3: clinician cannot list AuditEntry"""
    response = perform(
        client_for_role("clinician"),
        "list",
        "/api/v1/audit-entries/",
        AuditEntryFactory.create(workspace=workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_rota_3_clinician_can_list_ward(client_for_role, workspace):
    """ROTA-3: clinician can list Ward"""
    response = perform(
        client_for_role("clinician"),
        "list",
        "/api/v1/wards/",
        WardFactory.create(),
    )
    assert response.status_code < 300, response.json()


def test_rota_3_clinician_cannot_create_ward(client_for_role, workspace):
    """ROTA-3: clinician cannot create Ward"""
    response = perform(
        client_for_role("clinician"),
        "create",
        "/api/v1/wards/",
        WardFactory.create(),
        ward_payload(workspace),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
