from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel


class VisitBase(WorkspaceScopedSoftDeleteModel):
    """An appointment with a patient."""

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        ATTENDED = "attended", "Attended"
        MISSED = "missed", "Missed"

    starts_at = models.DateTimeField()
    reason = models.CharField(max_length=200)
    status = models.CharField(
        max_length=8,
        choices=Status.choices,
        default=Status.BOOKED,
    )
    fee = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    patient = models.ForeignKey(
        "patient.Patient",
        on_delete=models.CASCADE,
        related_name="patient_visits",
    )
    referrer = models.ForeignKey(
        "patient.Patient",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="referrer_visits",
        help_text="The patient who referred this one.",
    )
    audit_masked_fields = ("reason",)

    class Meta:
        abstract = True
        ordering = ("-starts_at",)
        verbose_name = "visit"
        verbose_name_plural = "visits"
        indexes = [
            models.Index(
                fields=["workspace", "-starts_at", "id"],
                name="visit_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.reason
