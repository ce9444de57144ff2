from django.db import models

from apps.core.models import TimeStampedModel


class WardBase(TimeStampedModel):
    """Ward."""

    name = models.CharField(max_length=255, unique=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "ward"
        verbose_name_plural = "wards"

    def __str__(self) -> str:
        return self.name
