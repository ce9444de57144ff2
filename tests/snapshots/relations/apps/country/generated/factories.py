import factory

from apps.country.models import Country


class CountryFactory(factory.django.DjangoModelFactory[Country]):
    """Valid countries."""

    code = factory.Sequence(lambda n: f"{n % 100:01d}")
    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Country
