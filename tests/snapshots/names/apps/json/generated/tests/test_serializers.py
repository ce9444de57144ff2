import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.json.generated.tests.payloads import payload
from apps.json.serializers import JsonSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["payload"]


def serializer_for(data: dict, workspace, row=None) -> JsonSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return JsonSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(JsonSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
