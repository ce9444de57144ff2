from django.db import models

from apps.core.models import TimeStampedModel


class CurrencyBase(TimeStampedModel):
    """Currency."""

    code = models.CharField(max_length=3, unique=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "currency"
        verbose_name_plural = "currencies"

    def __str__(self) -> str:
        return self.code
