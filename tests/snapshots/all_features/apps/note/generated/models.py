from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel


class NoteBase(WorkspaceScopedSoftDeleteModel):
    """What was observed during a visit."""

    body = models.TextField(
        validators=[MinLengthValidator(1), MaxLengthValidator(10000)],
    )
    tags = ArrayField(
        models.CharField(max_length=30),
        size=10,
        blank=True,
        default=list,
    )
    assessment = models.TextField(blank=True, default="")
    visit = models.ForeignKey(
        "visit.Visit",
        on_delete=models.CASCADE,
        related_name="notes",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="notes",
    )

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
        return str(self.pk)
