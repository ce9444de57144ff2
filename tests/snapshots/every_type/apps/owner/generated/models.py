from django.db import models

from apps.core.models import WorkspaceScopedModel


class OwnerBase(WorkspaceScopedModel):
    """Owner."""

    name = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "owner"
        verbose_name_plural = "owners"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="owner_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name
