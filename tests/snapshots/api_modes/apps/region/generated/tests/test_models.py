import pytest
from django.core.exceptions import ValidationError

from apps.region.generated.factories import RegionFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = RegionFactory.create()
    assert str(row) == row.name


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 256, id="name-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = RegionFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict
