from django.conf import settings
from django.db import models

from apps.core.models import WorkspaceScopedModel


class EmployeeBase(WorkspaceScopedModel):
    """Employee."""

    full_name = models.CharField(max_length=255)
    team = models.ForeignKey(
        "team.Team",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="employees",
    )
    manager = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="manager_employees",
    )
    mentor = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentor_employees",
    )
    buddy = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="buddy_employee",
    )
    peers = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="peers_employees",
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="account_employee",
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="approver_employees",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewer_employees",
    )
    home_country = models.ForeignKey(
        "country.Country",
        on_delete=models.PROTECT,
        related_name="home_country_employees",
    )
    work_country = models.ForeignKey(
        "country.Country",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="work_country_employees",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "employee"
        verbose_name_plural = "employees"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="employee_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name
