import factory

from apps.currency.models import Currency


class CurrencyFactory(factory.django.DjangoModelFactory[Currency]):
    """Valid currencies."""

    code = factory.Sequence(lambda n: f"{n % 1000:01d}")

    class Meta:
        model = Currency
