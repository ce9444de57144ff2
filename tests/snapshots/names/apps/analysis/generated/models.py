from django.db import models

from apps.core.models import WorkspaceScopedModel


class AnalysisBase(WorkspaceScopedModel):
    """Analysis."""

    summary = models.TextField(blank=True, default="")

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "analysis"
        verbose_name_plural = "analyses"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="analysis_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
