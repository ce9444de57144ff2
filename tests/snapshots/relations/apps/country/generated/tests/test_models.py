import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from apps.country.generated.factories import CountryFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = CountryFactory.create()
    assert str(row) == row.code


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("code", "x" * 3, id="code-max_length"),
        pytest.param("name", "x" * 256, id="name-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = CountryFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_code_is_unique():
    first = CountryFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        CountryFactory.create(code=first.code)
