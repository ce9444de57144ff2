from django.db import models

from apps.core.models import WorkspaceScopedModel


class ReportBase(WorkspaceScopedModel):
    """Report."""

    title = models.CharField(max_length=255)
    ledger = models.ForeignKey(
        "ledger.Ledger",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "report"
        verbose_name_plural = "reports"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="report_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title
