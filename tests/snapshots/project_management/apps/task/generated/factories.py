import datetime
import uuid

import factory
import factory.fuzzy

from apps.task.models import Task
from apps.users.factories import UserFactory, WorkspaceFactory


class TaskFactory(factory.django.DjangoModelFactory[Task]):
    """Valid tasks; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    title = factory.Sequence(lambda n: f"title-{n}")
    description = factory.Sequence(lambda n: f"description-{n}")
    status = Task.Status.TODO
    priority = factory.fuzzy.FuzzyInteger(1, 5)
    estimate_hours = factory.fuzzy.FuzzyDecimal(0, 999, precision=1)
    due_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    is_billable = factory.Faker("pybool")
    tags = factory.List(["alpha", "beta"])
    external_id = factory.LazyFunction(uuid.uuid4)
    time_spent = factory.Faker("time_delta", end_datetime="+30d")
    metadata = factory.Dict({"key": "value"})
    attachment = factory.django.FileField(filename="attachment.txt", data=b"sample")
    project = factory.SubFactory(
        "apps.project.generated.factories.ProjectFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = Task
        skip_postgeneration_save = True

    class Params:
        full = factory.Trait(
            assignee=factory.SubFactory(UserFactory),
            reporter=factory.SubFactory(UserFactory),
        )

    @factory.post_generation
    def labels(self, create, extracted, **kwargs):
        if create and extracted:
            self.labels.set(extracted)
