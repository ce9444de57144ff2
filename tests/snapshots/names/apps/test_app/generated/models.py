from django.db import models

from apps.core.models import WorkspaceScopedModel


class TestBase(WorkspaceScopedModel):
    """Test."""

    format = models.CharField(max_length=255)
    page = models.IntegerField(null=True, blank=True)
    search = models.CharField(max_length=255, blank=True, default="")
    ordering = models.IntegerField(null=True, blank=True)
    page_size = models.IntegerField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "test"
        verbose_name_plural = "tests"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="test_app_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.format
