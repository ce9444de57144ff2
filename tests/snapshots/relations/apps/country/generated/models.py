from django.db import models

from apps.core.models import TimeStampedModel


class CountryBase(TimeStampedModel):
    """Country."""

    code = models.CharField(max_length=2, unique=True)
    name = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "country"
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.code
