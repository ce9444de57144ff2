from django.db import models

from apps.core.models import TimeStampedModel


class CategoryBase(TimeStampedModel):
    """Category."""

    name = models.CharField(max_length=60, unique=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "category"
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name
