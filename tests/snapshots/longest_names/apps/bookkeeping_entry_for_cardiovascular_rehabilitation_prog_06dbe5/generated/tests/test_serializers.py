from decimal import Decimal

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.tests.payloads import (
    payload,
)
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.serializers import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.core.testing import member_of, skip_unless_sent

pytestmark = pytest.mark.django_db

REQUIRED = ["log"]


def serializer_for(
    data: dict,
    workspace,
    row=None,
) -> BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer(
        row,
        data,
        context=context,
        partial=row is not None,
    )


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("amount", "not a number", id="amount-type"),
        pytest.param("amount", Decimal("99999999999"), id="amount-max_digits"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer,
        field,
    )
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCliSerializer,
        field,
    )
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "log",
            lambda other_workspace: (
                CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                    workspace=other_workspace,
                ).pk
            ),
        ),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
