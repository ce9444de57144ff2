from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class TeamBase(WorkspaceScopedModel):
    """Team."""

    name = models.CharField(max_length=255)
    headcount = models.IntegerField(default=0, validators=[MinValueValidator(0)])
    founded_on = models.DateField(auto_now_add=True, null=True, blank=True)
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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
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
