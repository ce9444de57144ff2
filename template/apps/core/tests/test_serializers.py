"""The building blocks of the entities' serializers (apps/core/serializers.py)."""

import pytest
from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    JSONField,
)
from apps.users.factories import MembershipFactory, UserFactory
from apps.users.models import Membership, User

pytestmark = pytest.mark.django_db

TAKEN = ["This user is already a member of this workspace."]


class MembershipSerializer(GeneratedModelSerializer):
    """Unique per workspace, as every tenant entity's unique fields are."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())
    user = serializers.PrimaryKeyRelatedField(queryset=User.objects.all())

    class Meta:
        model = Membership
        fields = ("id", "workspace", "user", "role")


def test_a_value_taken_in_the_workspace_is_refused_under_the_fields_name(workspace):
    taken = MembershipFactory.create(workspace=workspace)
    serializer = MembershipSerializer(
        data={"user": taken.user.pk}, context={"workspace": workspace}
    )
    assert not serializer.is_valid()
    assert serializer.errors == {"user": TAKEN}


def test_a_value_taken_meanwhile_gets_the_same_error_not_a_crash(workspace):
    user = UserFactory.create()
    serializer = MembershipSerializer(
        data={"user": user.pk}, context={"workspace": workspace}
    )
    assert serializer.is_valid(), serializer.errors
    # Another request takes the value between this one's checks and its write.
    MembershipFactory.create(user=user, workspace=workspace)
    with pytest.raises(serializers.ValidationError) as refused:
        serializer.save()
    assert refused.value.detail == {"user": TAKEN}
    assert Membership.objects.filter(user=user).count() == 1


class DocumentSerializer(serializers.Serializer):
    document = JSONField()


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"note": "a\x00b"}, "Null characters are not allowed."),
        ({"a\x00b": 1}, "Null characters are not allowed."),
        ([[{"deep": ["\ud800"]}]], "Surrogate characters are not allowed: U+D800."),
    ],
    ids=["nul_in_a_value", "nul_in_a_key", "deep_surrogate"],
)
def test_a_json_document_with_text_postgresql_refuses_is_invalid(document, message):
    serializer = DocumentSerializer(data={"document": document})
    assert not serializer.is_valid()
    assert serializer.errors == {"document": [message]}
