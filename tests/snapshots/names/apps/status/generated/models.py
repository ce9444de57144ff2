from django.db import models

from apps.core.models import WorkspaceScopedModel


class StatusBase(WorkspaceScopedModel):
    """Status."""

    value = models.CharField(max_length=255, blank=True, default="")

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "status"
        verbose_name_plural = "statuses"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="status_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.value
