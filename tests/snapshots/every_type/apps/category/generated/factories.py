import factory

from apps.category.models import Category


class CategoryFactory(factory.django.DjangoModelFactory[Category]):
    """Valid categories."""

    name = factory.Sequence(lambda n: f"name-{n}")

    class Meta:
        model = Category
