import factory

from apps.ledger.models import Ledger
from apps.users.factories import WorkspaceFactory


class LedgerFactory(factory.django.DjangoModelFactory[Ledger]):
    """Valid ledgers."""

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"title-{n}")

    class Meta:
        model = Ledger
