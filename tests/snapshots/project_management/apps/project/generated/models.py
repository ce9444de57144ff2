from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxLengthValidator, MinValueValidator, RegexValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class ProjectBase(WorkspaceScopedModel):
    """A body of work with a goal and a deadline."""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        ACTIVE = "active", "Active"
        ARCHIVED = "archived", "Archived"

    name = models.CharField(max_length=120)
    code = models.CharField(
        max_length=12,
        help_text="Short uppercase key used in task references",
        validators=[RegexValidator(r"\A(?:[A-Z]{2,6})\Z")],
    )
    summary = models.TextField(
        blank=True,
        default="",
        validators=[MaxLengthValidator(2000)],
    )
    status = models.CharField(
        max_length=8,
        choices=Status.choices,
        default=Status.PLANNED,
    )
    budget = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    starts_on = models.DateField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    website = models.URLField(blank=True, default="")
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "project"
        verbose_name_plural = "projects"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="project_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "name"],
                name="project_name_uniq",
                violation_error_message="A project with this name already exists in this workspace.",
            ),
            models.UniqueConstraint(
                fields=["workspace", "code"],
                name="project_code_uniq",
                violation_error_message="A project with this code already exists in this workspace.",
            ),
            models.CheckConstraint(
                condition=models.Q(starts_on__lte=models.F("due_on"))
                | models.Q(starts_on__isnull=True)
                | models.Q(due_on__isnull=True),
                name="project_starts_on_lte_due_on_check",
                violation_error_message="A project is due after it starts.",
            ),
        ]

    def __str__(self) -> str:
        return self.name
