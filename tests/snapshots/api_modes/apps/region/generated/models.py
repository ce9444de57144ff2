from django.db import models

from apps.core.models import TimeStampedModel


class RegionBase(TimeStampedModel):
    """Region."""

    name = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "region"
        verbose_name_plural = "regions"

    def __str__(self) -> str:
        return self.name
