from django.db import models

from apps.core.models import WorkspaceScopedModel


class ChildBase(WorkspaceScopedModel):
    """Child."""

    parent = models.ForeignKey(
        "person.Person",
        on_delete=models.CASCADE,
        related_name="children",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "child"
        verbose_name_plural = "children"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="child_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
