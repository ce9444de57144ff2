from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import (
    MaxValueValidator,
    MinLengthValidator,
    MinValueValidator,
)
from django.db import models

from apps.core.models import WorkspaceScopedModel
from apps.core.uploads import RandomDirectory
from apps.core.validators import MaxFileSizeValidator


class TaskBase(WorkspaceScopedModel):
    """A unit of work inside a project."""

    class Status(models.TextChoices):
        TODO = "todo", "Todo"
        IN_PROGRESS = "in_progress", "In progress"
        BLOCKED = "blocked", "Blocked"
        DONE = "done", "Done"

    title = models.CharField(max_length=200, validators=[MinLengthValidator(3)])
    description = models.TextField(blank=True, default="")
    status = models.CharField(
        max_length=11,
        choices=Status.choices,
        default=Status.TODO,
    )
    priority = models.IntegerField(
        null=True,
        blank=True,
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    estimate_hours = models.DecimalField(
        max_digits=6,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("999"))],
    )
    due_at = models.DateTimeField(null=True, blank=True)
    is_billable = models.BooleanField(default=False)
    tags = ArrayField(
        models.CharField(max_length=30),
        size=10,
        blank=True,
        default=list,
    )
    external_id = models.UUIDField(null=True, blank=True)
    time_spent = models.DurationField(null=True, blank=True)
    metadata = models.JSONField(null=True, blank=True)
    attachment = models.FileField(
        upload_to=RandomDirectory("task/attachment/"),
        max_length=255,
        blank=True,
        validators=[MaxFileSizeValidator(5_242_880)],
    )
    project = models.ForeignKey(
        "project.Project",
        on_delete=models.CASCADE,
        related_name="tasks",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assignee_tasks",
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reporter_tasks",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subtasks",
    )
    labels = models.ManyToManyField("label.Label", blank=True, related_name="tasks")

    class Meta:
        abstract = True
        ordering = ("-priority", "due_at")
        verbose_name = "task"
        verbose_name_plural = "tasks"
        indexes = [
            models.Index(fields=["workspace", "status"], name="task_status_idx"),
            models.Index(
                fields=["workspace", "-priority", "due_at", "id"],
                name="task_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "project", "title"],
                name="task_project_title_uniq",
                violation_error_message="A task with this project, title already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.title
