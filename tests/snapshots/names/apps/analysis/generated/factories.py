import factory

from apps.analysis.models import Analysis
from apps.users.factories import WorkspaceFactory


class AnalysisFactory(factory.django.DjangoModelFactory[Analysis]):
    """Valid analyses."""

    workspace = factory.SubFactory(WorkspaceFactory)
    summary = factory.Sequence(lambda n: f"summary-{n}")

    class Meta:
        model = Analysis
