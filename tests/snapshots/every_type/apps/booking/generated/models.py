import datetime
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class BookingBase(WorkspaceScopedModel):
    """Fields that rules compare, with each other and with constants."""

    class Stage(models.TextChoices):
        DRAFT = "draft", "Draft"
        LIVE = "live", "Live"
        CLOSED = "closed", "Closed"

    starts_on = models.DateField()
    due_on = models.DateField(null=True, blank=True)
    min_guests = models.IntegerField(validators=[MinValueValidator(1)])
    max_guests = models.IntegerField(null=True, blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    discount = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        default=Decimal("0.00"),
    )
    opens_at = models.TimeField()
    closes_at = models.TimeField(null=True, blank=True)
    code = models.CharField(max_length=20, blank=True, default="")
    stage = models.CharField(max_length=6, choices=Stage.choices, default=Stage.DRAFT)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "booking"
        verbose_name_plural = "bookings"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="booking_default_order",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(starts_on__lte=models.F("due_on"))
                | models.Q(due_on__isnull=True),
                name="booking_starts_on_lte_due_on_check",
                violation_error_message="The start must be on or before the due date.",
            ),
            models.CheckConstraint(
                condition=models.Q(starts_on__gte=datetime.date(2020, 1, 1)),
                name="booking_starts_on_gte_2020_01_01_check",
                violation_error_message="Bookings start in 2020 or later.",
            ),
            models.CheckConstraint(
                condition=models.Q(min_guests__lt=models.F("max_guests"))
                | models.Q(max_guests__isnull=True),
                name="booking_min_guests_lt_max_guests_check",
                violation_error_message="The minimum must be below the maximum.",
            ),
            models.CheckConstraint(
                condition=models.Q(discount__lt=models.F("price"))
                | models.Q(discount__isnull=True),
                name="booking_discount_lt_price_check",
                violation_error_message="The discount must be less than the price.",
            ),
            models.CheckConstraint(
                condition=models.Q(price__gt=Decimal("0")),
                name="booking_price_gt_0_check",
                violation_error_message="The price must be positive.",
            ),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at"))
                | models.Q(closes_at__isnull=True),
                name="booking_closes_at_gt_opens_at_check",
                violation_error_message="Closing must come after opening.",
            ),
            models.CheckConstraint(
                condition=~models.Q(code="none") | models.Q(code=""),
                name="booking_code_ne_none_check",
                violation_error_message="'none' is not a code.",
            ),
            models.CheckConstraint(
                condition=~models.Q(stage="closed"),
                name="booking_stage_ne_closed_check",
                violation_error_message="A booking cannot be closed here.",
            ),
        ]

    def __str__(self) -> str:
        return self.code
