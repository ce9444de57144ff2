from django.db import models

from apps.core.models import WorkspaceScopedModel


class AnotherExtremelyLongEntityNameBase(WorkspaceScopedModel):
    """Another extremely long entity name."""

    title = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "another extremely long entity name"
        verbose_name_plural = "another extremely long entity names"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="another_extremely_1bd189_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "title"],
                name="another_extremely_long_entity_name_title_uniq",
                violation_error_message="A another extremely long entity name with this title already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.title
