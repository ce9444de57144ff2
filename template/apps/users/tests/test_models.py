import pytest
from django.db import IntegrityError, transaction

from apps.users.factories import MembershipFactory
from apps.users.models import Invitation, User, hash_token

pytestmark = pytest.mark.django_db


def test_users_sign_in_with_their_email():
    user = User.objects.create_user("Ada@Example.com", "a long passphrase")
    assert user.email == "Ada@example.com"
    assert user.check_password("a long passphrase")
    assert not user.is_staff


def test_an_address_belongs_to_one_account_whatever_its_case():
    User.objects.create_user("Ada@example.com", "a long passphrase")
    with pytest.raises(IntegrityError), transaction.atomic():
        User.objects.create_user("ada@example.com", "another long passphrase")


def test_superusers_are_staff():
    user = User.objects.create_superuser("root@example.com", "a long passphrase")
    assert user.is_staff
    assert user.is_superuser


def test_a_user_joins_a_workspace_once():
    membership = MembershipFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipFactory.create(user=membership.user, workspace=membership.workspace)


def test_invitations_store_only_a_hash_of_their_token():
    token, token_hash = Invitation.new_token()
    assert token != token_hash
    assert hash_token(token) == token_hash
