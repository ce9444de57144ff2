import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.child.generated.tests.payloads import payload
from apps.child.serializers import ChildSerializer
from apps.core.testing import member_of, skip_unless_sent
from apps.person.generated.factories import PersonFactory

pytestmark = pytest.mark.django_db

REQUIRED = ["parent"]


def serializer_for(data: dict, workspace, row=None) -> ChildSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return ChildSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(ChildSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "parent",
            lambda other_workspace: PersonFactory.create(workspace=other_workspace).pk,
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
