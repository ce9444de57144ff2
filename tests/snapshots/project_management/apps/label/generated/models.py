from django.core.validators import RegexValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class LabelBase(WorkspaceScopedModel):
    """A coloured tag for grouping tasks."""

    name = models.CharField(max_length=40)
    color = models.CharField(
        max_length=7,
        blank=True,
        default="#6b7280",
        validators=[RegexValidator(r"\A(?:#[0-9a-f]{6})\Z")],
    )

    class Meta:
        abstract = True
        ordering = ("name",)
        verbose_name = "label"
        verbose_name_plural = "labels"
        indexes = [
            models.Index(
                fields=["workspace", "name", "id"],
                name="label_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "name"],
                name="label_name_uniq",
                violation_error_message="A label with this name already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.name
