from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible
class MaxFileSizeValidator:
    """Refuses uploads larger than ``max_size`` bytes."""

    message = _("The file is %(size)s bytes; the limit is %(max_size)s bytes.")
    code = "file_too_large"

    def __init__(self, max_size: int) -> None:
        self.max_size = max_size

    def __call__(self, value) -> None:
        if value.size > self.max_size:
            raise ValidationError(
                self.message,
                code=self.code,
                params={"size": value.size, "max_size": self.max_size},
            )

    def __eq__(self, other) -> bool:
        return (
            isinstance(other, MaxFileSizeValidator) and other.max_size == self.max_size
        )
