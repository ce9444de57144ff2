from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse_lazy
from django.utils import timezone
from rest_framework import status

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)
from apps.users.factories import UserFactory

URL = (
    "/api/v1/patient-insurance-authorization-request-with-a-very-long-name-indeed-xes/"
)
CHANGELIST = reverse_lazy(
    "admin:patient_insurance_authorization_request_with_a_very_long_894991_patientinsuranceauthorizationrequestwithaverylongnameindeedx_changelist",
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client_for_role):
    return client_for_role("owner")


def deleted_row(
    workspace,
    days_ago: int = 0,
) -> PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX:
    """A row soft-deleted ``days_ago`` days ago."""
    row = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    row.deleted_at = timezone.now() - timedelta(days=days_ago)
    row.save(update_fields=["deleted_at"])
    return row


def test_soft_deleted_rows_are_gone_from_the_api(reader, workspace):
    live = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    deleted = deleted_row(workspace)
    listed = [row["id"] for row in reader.get(URL).json()["results"]]
    assert listed == [live.pk]
    response = reader.get(f"{URL}{deleted.pk}/")
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_cardiovascular_rehabilitation_program_enrollment_status_change_log_twin_reads_null_once_deleted(
    client_for_role,
    workspace,
):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
        twin=deleted_row(workspace),
    )
    response = client_for_role("owner").get(
        f"/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/{row.pk}/",
    )
    assert response.json()["twin"] is None


def test_restore_brings_the_row_back(workspace):
    row = deleted_row(workspace)
    row.restore()
    assert PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX.objects.filter(
        pk=row.pk,
    ).exists()


def test_purge_honours_the_retention_period_and_dry_run(workspace, settings):
    settings.SOFT_DELETE_RETENTION_DAYS = 30
    old = deleted_row(workspace, days_ago=31)
    recent = deleted_row(workspace, days_ago=29)
    live = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    rows = (
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX.all_objects.filter(
            pk__in=[old.pk, recent.pk, live.pk],
        )
    )
    out = StringIO()
    call_command("purge_deleted", "--dry-run", stdout=out)
    assert (
        "patient_insurance_authorization_request_with_a_very_long_894991.PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX: would purge 1\n"
        in out.getvalue()
    )
    assert rows.count() == 3
    call_command("purge_deleted", stdout=out)
    assert (
        "patient_insurance_authorization_request_with_a_very_long_894991.PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX: purged 1\n"
        in out.getvalue()
    )
    assert set(rows.values_list("pk", flat=True)) == {recent.pk, live.pk}


@pytest.fixture
def admin_site(client):
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    return client


def test_admin_lists_deleted_rows(admin_site, workspace):
    live = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    deleted = deleted_row(workspace)
    listed = admin_site.get(CHANGELIST).context["cl"].result_list
    assert set(listed) == {live, deleted}
    only_deleted = admin_site.get(CHANGELIST, {"deleted": "yes"})
    assert list(only_deleted.context["cl"].result_list) == [deleted]


def test_admin_bulk_delete_says_it_is_for_good(admin_site):
    form = admin_site.get(CHANGELIST).context["action_form"]
    actions = dict(form.fields["action"].choices)
    assert (
        actions["delete_selected"]
        == "Delete selected patient insurance authorization request with a very long name indeed xes for good"
    )


def test_admin_soft_deletes_and_restores(admin_site, workspace):
    row = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    selected = {"_selected_action": [row.pk]}
    admin_site.post(CHANGELIST, {"action": "soft_delete_selected", **selected})
    row.refresh_from_db()
    assert row.deleted_at is not None
    response = admin_site.post(CHANGELIST, {"action": "restore_selected", **selected})
    assert response.status_code == status.HTTP_302_FOUND
    row.refresh_from_db()
    assert row.deleted_at is None
