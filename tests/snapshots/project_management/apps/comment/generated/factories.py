import factory

from apps.comment.models import Comment
from apps.users.factories import UserFactory, WorkspaceFactory


class CommentFactory(factory.django.DjangoModelFactory[Comment]):
    """Valid comments."""

    workspace = factory.SubFactory(WorkspaceFactory)
    body = factory.Sequence(lambda n: f"body-{n}")
    author_email = factory.Sequence(lambda n: f"author_email{n}@example.com")
    edited = factory.Faker("pybool")
    task = factory.SubFactory(
        "apps.task.generated.factories.TaskFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    author = factory.SubFactory(UserFactory)

    class Meta:
        model = Comment
