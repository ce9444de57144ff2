from django.db import models

from apps.core.models import WorkspaceScopedModel


class AuditEntryBase(WorkspaceScopedModel):
    """Audit entry."""

    message = models.CharField(max_length=255)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "audit entry"
        verbose_name_plural = "audit entries"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="audit_entry_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.message
