from django.db import models

from apps.core.models import WorkspaceScopedModel


class ContactBase(WorkspaceScopedModel):
    """Someone outside the product."""

    email = models.EmailField()
    audit_masked_fields = ("email",)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "contact"
        verbose_name_plural = "contacts"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="contact_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
