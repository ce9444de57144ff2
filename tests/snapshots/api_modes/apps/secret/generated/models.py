from django.db import models

from apps.core.models import WorkspaceScopedModel


class SecretBase(WorkspaceScopedModel):
    """Secret."""

    value = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "secret"
        verbose_name_plural = "secrets"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="secret_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.value
