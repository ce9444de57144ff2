from django.conf import settings
from django.db import models

from apps.core.models import WorkspaceScopedModel


class CaseNoteBase(WorkspaceScopedModel):
    """Case note."""

    summary = models.TextField()
    shift = models.ForeignKey(
        "shift.Shift",
        on_delete=models.CASCADE,
        related_name="case_notes",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="case_notes",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "case note"
        verbose_name_plural = "case notes"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="case_note_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
