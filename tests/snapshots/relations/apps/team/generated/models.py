from django.db import models

from apps.core.models import WorkspaceScopedModel


class TeamBase(WorkspaceScopedModel):
    """Team."""

    name = models.CharField(max_length=255)
    lead = models.ForeignKey(
        "employee.Employee",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teams",
    )
    country = models.ForeignKey(
        "country.Country",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="teams",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "team"
        verbose_name_plural = "teams"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="team_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name
