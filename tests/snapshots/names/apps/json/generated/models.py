from django.db import models

from apps.core.models import WorkspaceScopedModel


class JsonBase(WorkspaceScopedModel):
    """Json."""

    payload = models.JSONField()

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "json"
        verbose_name_plural = "jsons"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="json_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
