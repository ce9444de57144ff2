import pytest
from django.urls import reverse
from rest_framework import status

from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_site(client):
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    return client


def test_the_admin_does_not_offer_to_add_an_invitation(admin_site):
    """An invitation needs a token and an email, which only the API makes."""
    changelist = admin_site.get(reverse("admin:users_invitation_changelist"))
    assert changelist.status_code == status.HTTP_200_OK
    assert not changelist.context["has_add_permission"]
    response = admin_site.get(reverse("admin:users_invitation_add"))
    assert response.status_code == status.HTTP_403_FORBIDDEN
