from django.db import models

from apps.core.models import WorkspaceScopedModel


class NoteBase(WorkspaceScopedModel):
    """Note."""

    title = models.CharField(max_length=255)
    body = models.TextField(blank=True, default="")

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "note"
        verbose_name_plural = "notes"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="note_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title
