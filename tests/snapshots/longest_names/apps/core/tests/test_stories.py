"""The genome's user stories: each `<role> can|cannot <action> <Entity>` line is a test."""

import pytest
from rest_framework import status

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.tests.payloads import (
    payload as cardiovascular_rehabilitation_program_enrollment_status_change_log_payload,
)
from apps.core.testing import perform

pytestmark = pytest.mark.django_db


def test_us_1_member_can_create_cardiovascular_rehabilitation_program_enrollment_status_change_log(
    client_for_role,
    workspace,
):
    """US-1: member can create
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
    """
    response = perform(
        client_for_role("member"),
        "create",
        "/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/",
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
        ),
        cardiovascular_rehabilitation_program_enrollment_status_change_log_payload(
            workspace,
        ),
    )
    assert response.status_code < 300, response.json()


def test_us_1_viewer_cannot_delete_cardiovascular_rehabilitation_program_enrollment_status_change_log(
    client_for_role,
    workspace,
):
    """US-1: viewer cannot delete
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
    """
    response = perform(
        client_for_role("viewer"),
        "delete",
        "/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/",
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
        ),
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
