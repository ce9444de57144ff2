import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.factories import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory,
)

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.create()
    assert str(row) == row.code


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("code", "x" * 256, id="code-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_code_is_unique():
    first = ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.create()
    with pytest.raises(IntegrityError), transaction.atomic():
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.create(
            code=first.code,
        )
