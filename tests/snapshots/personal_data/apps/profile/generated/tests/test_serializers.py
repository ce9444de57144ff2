import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.profile.generated.factories import ProfileFactory
from apps.profile.generated.tests.payloads import payload
from apps.profile.serializers import ProfileSerializer

pytestmark = pytest.mark.django_db

REQUIRED = [
    "handle",
    "display_name",
    "contact_email",
    "initials",
    "badge",
    "bio",
    "member",
]


def serializer_for(data: dict, workspace, row=None) -> ProfileSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return ProfileSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = ProfileFactory.create(workspace=workspace)
    changed = ProfileFactory.build().handle
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(handle=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.handle == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("handle", "not a slug!", id="handle-slug"),
        pytest.param("display_name", "x" * 81, id="display_name-max_length"),
        pytest.param("contact_email", "not-an-email", id="contact_email-email"),
        pytest.param("homepage", "not a url", id="homepage-url"),
        pytest.param("phone", "x" * 21, id="phone-max_length"),
        pytest.param("phone", "!", id="phone-pattern"),
        pytest.param("initials", "x" * 5, id="initials-max_length"),
        pytest.param("badge", "x" * 9, id="badge-max_length"),
        pytest.param("badge", "!", id="badge-pattern"),
        pytest.param("born_on", "not a date", id="born_on-type"),
        pytest.param("nicknames", ["x"] * 4, id="nicknames-max_items"),
        pytest.param("nicknames", "not a list", id="nicknames-type"),
        pytest.param("listed", "maybe", id="listed-type"),
        pytest.param("bio", "x" * 2, id="bio-min_length"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(ProfileSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(ProfileSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        ("member", lambda other_workspace: member_of(other_workspace).pk),
        ("mentor", lambda other_workspace: member_of(other_workspace).pk),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
