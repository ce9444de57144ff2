import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from apps.category.generated.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = CategoryFactory.create()
    assert str(row) == row.name


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 61, id="name-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = CategoryFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_name_is_unique():
    first = CategoryFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        CategoryFactory.create(name=first.name)
