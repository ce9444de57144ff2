import factory

from apps.contact.models import Contact
from apps.users.factories import WorkspaceFactory


class ContactFactory(factory.django.DjangoModelFactory[Contact]):
    """Valid contacts."""

    workspace = factory.SubFactory(WorkspaceFactory)
    email = factory.Sequence(lambda n: f"email{n}@example.com")

    class Meta:
        model = Contact
