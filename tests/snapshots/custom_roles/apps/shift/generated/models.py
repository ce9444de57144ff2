from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class ShiftBase(WorkspaceScopedModel):
    """Shift."""

    starts_at = models.DateTimeField()
    hours = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        validators=[
            MinValueValidator(Decimal("0.5")),
            MaxValueValidator(Decimal("24")),
        ],
    )
    ward = models.ForeignKey(
        "ward.Ward",
        on_delete=models.PROTECT,
        related_name="shifts",
    )
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shifts",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "shift"
        verbose_name_plural = "shifts"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="shift_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
