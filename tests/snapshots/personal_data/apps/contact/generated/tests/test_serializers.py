import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.contact.generated.factories import ContactFactory
from apps.contact.generated.tests.payloads import payload
from apps.contact.serializers import ContactSerializer
from apps.core.testing import member_of, skip_unless_sent

pytestmark = pytest.mark.django_db

REQUIRED = ["email"]


def serializer_for(data: dict, workspace, row=None) -> ContactSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return ContactSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = ContactFactory.create(workspace=workspace)
    changed = ContactFactory.build().email
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(email=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.email == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("email", "not-an-email", id="email-email"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(ContactSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(ContactSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
