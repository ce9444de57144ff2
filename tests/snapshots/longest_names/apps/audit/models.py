"""The audit log: who created, changed, deleted or restored which row, and how."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from apps.core.models import WorkspaceQuerySet


class AuditLog(models.Model):
    """One change to an audited row, written in the same transaction as the change."""

    class Action(models.TextChoices):
        CREATE = "create", "Create"
        UPDATE = "update", "Update"
        DELETE = "delete", "Delete"
        RESTORE = "restore", "Restore"
        # A user's request about their own personal data (apps/users/privacy.py).
        EXPORT = "export", "Personal data export"
        ERASE = "erase", "Personal data erasure"

    workspace = models.ForeignKey(
        "users.Workspace",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text="The workspace of the row; empty for shared data.",
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT)
    object_id = models.CharField(max_length=64)
    content_object = GenericForeignKey("content_type", "object_id")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who made the change; empty for the system.",
    )
    action = models.CharField(max_length=7, choices=Action.choices)
    changes = models.JSONField(
        default=dict,
        encoder=DjangoJSONEncoder,
        help_text='Field name to [old, new]; "[masked]" for pii and phi fields.',
    )
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=512, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name = "audit log entry"
        verbose_name_plural = "audit log"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at"], name="audit_workspace_time_idx"
            ),
            models.Index(fields=["content_type", "object_id"], name="audit_object_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type.model} {self.object_id}"
