import factory

from apps.ward.models import Ward


class WardFactory(factory.django.DjangoModelFactory[Ward]):
    """Valid wards."""

    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Ward
