from django.db import models

from apps.core.models import WorkspaceScopedModel


class LedgerBase(WorkspaceScopedModel):
    """Ledger."""

    title = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "ledger"
        verbose_name_plural = "ledgers"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="ledger_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title
