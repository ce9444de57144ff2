import pytest
from django.core.exceptions import ValidationError

from apps.meeting.generated.factories import MeetingFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = MeetingFactory.create()
    assert str(row) == row.topic


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("topic", "x" * 121, id="topic-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = MeetingFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict
