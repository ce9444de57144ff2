from decimal import Decimal

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.owner.generated.factories import OwnerFactory
from apps.specimen.generated.factories import SpecimenFactory
from apps.specimen.generated.tests.payloads import payload
from apps.specimen.serializers import SpecimenSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["label", "owner", "curator", "owners"]


def serializer_for(data: dict, workspace, row=None) -> SpecimenSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return SpecimenSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = SpecimenFactory.create(workspace=workspace)
    changed = SpecimenFactory.build().label
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(label=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.label == changed


def test_a_twin_cycle_is_refused(workspace):
    row = SpecimenFactory.create(workspace=workspace)
    message = "This twin would make the specimen its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"twin": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["twin"] == [message]
    # A row whose twin is this one.
    target = SpecimenFactory.create(workspace=workspace, twin=row)
    serializer = serializer_for({"twin": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["twin"] == [message]


def test_a_parent_cycle_is_refused(workspace):
    row = SpecimenFactory.create(workspace=workspace)
    message = "This parent would make the specimen its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"parent": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["parent"] == [message]
    # A row whose parent is this one.
    target = SpecimenFactory.create(workspace=workspace, parent=row)
    serializer = serializer_for({"parent": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["parent"] == [message]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("label", "x" * 81, id="label-max_length"),
        pytest.param("label", "x" * 1, id="label-min_length"),
        pytest.param("label", "!", id="label-pattern"),
        pytest.param("notes", "x" * 501, id="notes-max_length"),
        pytest.param("handle", "not a slug!", id="handle-slug"),
        pytest.param("contact", "not-an-email", id="contact-email"),
        pytest.param("homepage", "not a url", id="homepage-url"),
        pytest.param("reference", "not-a-uuid", id="reference-uuid"),
        pytest.param("last_login_ip", "not an ip", id="last_login_ip-ip_address"),
        pytest.param("last_login_ip", "2001:db8::1", id="last_login_ip-protocol"),
        pytest.param("count", -1, id="count-min"),
        pytest.param("count", 101, id="count-max"),
        pytest.param("count", "not a number", id="count-type"),
        pytest.param("population", -1, id="population-min"),
        pytest.param("population", "not a number", id="population-type"),
        pytest.param("price", Decimal("-1"), id="price-min"),
        pytest.param("price", Decimal("100000.99"), id="price-max"),
        pytest.param("price", "not a number", id="price-type"),
        pytest.param("price", Decimal("9999999"), id="price-max_digits"),
        pytest.param("ratio", -1.0, id="ratio-min"),
        pytest.param("ratio", 2.0, id="ratio-max"),
        pytest.param("ratio", "not a number", id="ratio-type"),
        pytest.param("active", "maybe", id="active-type"),
        pytest.param("born_on", "not a date", id="born_on-type"),
        pytest.param("seen_at", "not a datetime", id="seen_at-type"),
        pytest.param("opens_at", "not a time", id="opens_at-type"),
        pytest.param("lasts", "not a duration", id="lasts-type"),
        pytest.param("stage", "not-a-choice", id="stage-choices"),
        pytest.param("tags", ["x"] * 6, id="tags-max_items"),
        pytest.param("tags", ["x" * 21], id="tags-item_max_length"),
        pytest.param("tags", "not a list", id="tags-type"),
        pytest.param("scores", [1] * 4, id="scores-max_items"),
        pytest.param("scores", "not a list", id="scores-type"),
        pytest.param("heart_rate", 19, id="heart_rate-min"),
        pytest.param("heart_rate", 251, id="heart_rate-max"),
        pytest.param("heart_rate", "not a number", id="heart_rate-type"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(SpecimenSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(SpecimenSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "owner",
            lambda other_workspace: OwnerFactory.create(workspace=other_workspace).pk,
        ),
        ("keeper", lambda other_workspace: member_of(other_workspace).pk),
        ("curator", lambda other_workspace: member_of(other_workspace).pk),
        ("reviewers", lambda other_workspace: [member_of(other_workspace).pk]),
        (
            "twin",
            lambda other_workspace: (
                SpecimenFactory.create(workspace=other_workspace).pk
            ),
        ),
        (
            "parent",
            lambda other_workspace: (
                SpecimenFactory.create(workspace=other_workspace).pk
            ),
        ),
        (
            "related",
            lambda other_workspace: (
                [SpecimenFactory.create(workspace=other_workspace).pk]
            ),
        ),
        (
            "owners",
            lambda other_workspace: [OwnerFactory.create(workspace=other_workspace).pk],
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
