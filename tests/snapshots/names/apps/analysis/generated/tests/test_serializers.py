import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.analysis.generated.factories import AnalysisFactory
from apps.analysis.generated.tests.payloads import payload
from apps.analysis.serializers import AnalysisSerializer
from apps.core.testing import member_of

pytestmark = pytest.mark.django_db


def serializer_for(data: dict, workspace, row=None) -> AnalysisSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return AnalysisSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = AnalysisFactory.create(workspace=workspace)
    changed = AnalysisFactory.build().summary
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(summary=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.summary == changed
