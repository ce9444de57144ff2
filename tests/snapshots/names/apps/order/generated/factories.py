import factory
import factory.fuzzy

from apps.order.models import Order
from apps.users.factories import UserFactory, WorkspaceFactory


class OrderFactory(factory.django.DjangoModelFactory[Order]):
    """Valid orders; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    select = factory.Sequence(lambda n: f"select-{n}")
    group = factory.Sequence(lambda n: f"group-{n}")
    table = factory.fuzzy.FuzzyInteger(0, 1000)
    type = factory.fuzzy.FuzzyChoice(Order.Type.values)
    json = factory.Dict({"key": "value"})
    list = factory.List([1, 2])
    time = factory.Faker("time_object")
    date = factory.Faker("date_object")
    values = factory.Sequence(lambda n: f"values-{n}")
    user_id_text = factory.Sequence(lambda n: f"user-id-text-{n}")

    class Meta:
        model = Order

    class Params:
        full = factory.Trait(
            user=factory.SubFactory(UserFactory),
            where=factory.SubFactory(
                "apps.group.generated.factories.GroupFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
        )
