import factory

from apps.core.testing import text_matching
from apps.profile.models import Profile
from apps.users.factories import UserFactory, WorkspaceFactory


class ProfileFactory(factory.django.DjangoModelFactory[Profile]):
    """Valid profiles; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    handle = factory.Sequence(lambda n: f"handle-{n}")
    display_name = factory.Sequence(lambda n: f"display-name-{n}")
    contact_email = factory.Sequence(lambda n: f"contact_email{n}@example.com")
    homepage = factory.Sequence(lambda n: f"https://example.com/homepage/{n}")
    phone = factory.LazyFunction(lambda: text_matching(r"\+?[0-9]{6,15}", 0, 20))
    initials = factory.Sequence(lambda n: f"{n % 10000:01d}")
    badge = factory.LazyFunction(lambda: text_matching(r"[A-Z]{3}-[0-9]{4}", 0, 8))
    born_on = factory.Faker("date_object")
    nicknames = factory.List(["alpha", "beta"])
    avatar = factory.django.ImageField(width=8, height=8)
    listed = factory.Faker("pybool")
    bio = factory.Sequence(lambda n: f"bio-{n}")
    member = factory.SubFactory(UserFactory)

    class Meta:
        model = Profile

    class Params:
        full = factory.Trait(
            mentor=factory.SubFactory(UserFactory),
        )
