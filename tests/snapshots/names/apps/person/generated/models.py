from django.db import models

from apps.core.models import WorkspaceScopedModel


class PersonBase(WorkspaceScopedModel):
    """Person."""

    name = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "person"
        verbose_name_plural = "people"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="person_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name
