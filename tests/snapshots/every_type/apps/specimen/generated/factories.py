import datetime
import uuid

import factory
import factory.fuzzy

from apps.core.testing import text_matching
from apps.specimen.models import Specimen
from apps.users.factories import UserFactory, WorkspaceFactory


class SpecimenFactory(factory.django.DjangoModelFactory[Specimen]):
    """Valid specimens; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    label = factory.LazyFunction(lambda: text_matching(r"[A-Za-z0-9 -]+", 2, 80))
    notes = factory.Sequence(lambda n: f"notes-{n}")
    handle = factory.Sequence(lambda n: f"handle-{n}")
    contact = factory.Sequence(lambda n: f"contact{n}@example.com")
    homepage = factory.Sequence(lambda n: f"https://example.com/homepage/{n}")
    reference = factory.LazyFunction(uuid.uuid4)
    last_login_ip = factory.Faker("ipv4")
    count = factory.fuzzy.FuzzyInteger(0, 100)
    population = factory.fuzzy.FuzzyInteger(0, 1000)
    price = factory.fuzzy.FuzzyDecimal(0, 99999.99, precision=2)
    ratio = factory.fuzzy.FuzzyFloat(0.0, 1.0)
    active = factory.Faker("pybool")
    born_on = factory.Faker("date_object")
    seen_at = factory.Faker("date_time", tzinfo=datetime.UTC)
    opens_at = factory.Faker("time_object")
    lasts = factory.Faker("time_delta", end_datetime="+30d")
    stage = factory.fuzzy.FuzzyChoice(Specimen.Stage.values)
    tags = factory.List(["alpha", "beta"])
    scores = factory.List([1, 2])
    extra = factory.Dict({"key": "value"})
    document = factory.django.FileField(filename="document.txt", data=b"sample")
    photo = factory.django.ImageField(width=8, height=8)
    heart_rate = factory.fuzzy.FuzzyInteger(20, 250)
    owner = factory.SubFactory(
        "apps.owner.generated.factories.OwnerFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )
    curator = factory.SubFactory(UserFactory)

    class Meta:
        model = Specimen
        skip_postgeneration_save = True

    class Params:
        full = factory.Trait(
            category=factory.SubFactory(
                "apps.category.generated.factories.CategoryFactory",
            ),
            keeper=factory.SubFactory(UserFactory),
        )

    @factory.post_generation
    def reviewers(self, create, extracted, **kwargs):
        if create and extracted:
            self.reviewers.set(extracted)

    @factory.post_generation
    def related(self, create, extracted, **kwargs):
        if create and extracted:
            self.related.set(extracted)

    @factory.post_generation
    def owners(self, create, extracted, **kwargs):
        if create and extracted:
            self.owners.set(extracted)
