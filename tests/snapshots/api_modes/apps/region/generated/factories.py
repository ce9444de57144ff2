import factory

from apps.region.models import Region


class RegionFactory(factory.django.DjangoModelFactory[Region]):
    """Valid regions."""

    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Region
