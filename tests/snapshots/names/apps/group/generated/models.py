from django.db import models

from apps.core.models import WorkspaceScopedModel


class GroupBase(WorkspaceScopedModel):
    """Group."""

    name = models.CharField(max_length=255)
    default = models.BooleanField(default=False)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "group"
        verbose_name_plural = "groups"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="group_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name
