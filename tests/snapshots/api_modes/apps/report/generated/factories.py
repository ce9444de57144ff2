import factory

from apps.report.models import Report
from apps.users.factories import WorkspaceFactory


class ReportFactory(factory.django.DjangoModelFactory[Report]):
    """Valid reports; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"title-{n}")

    class Meta:
        model = Report

    class Params:
        full = factory.Trait(
            ledger=factory.SubFactory(
                "apps.ledger.generated.factories.LedgerFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
        )
