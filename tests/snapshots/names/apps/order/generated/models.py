from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from apps.core.models import WorkspaceScopedModel


class OrderBase(WorkspaceScopedModel):
    """Order."""

    class Type(models.TextChoices):
        IN = "in", "In"
        OUT = "out", "Out"
        ALL = "all", "All"

    select = models.CharField(max_length=255)
    group = models.CharField(max_length=255, blank=True, default="")
    table = models.IntegerField(null=True, blank=True)
    type = models.CharField(max_length=3, choices=Type.choices, default=Type.IN)
    json = models.JSONField(null=True, blank=True)
    list = ArrayField(models.IntegerField(), blank=True, default=list)
    time = models.TimeField(null=True, blank=True)
    date = models.DateField(null=True, blank=True)
    values = models.TextField(blank=True, default="")
    user_id_text = models.CharField(max_length=255, blank=True, default="")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="orders",
    )
    where = models.ForeignKey(
        "group.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="orders",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "order"
        verbose_name_plural = "orders"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="order_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.select
