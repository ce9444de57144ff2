from django.conf import settings
from django.core.validators import MaxLengthValidator, MinLengthValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class CommentBase(WorkspaceScopedModel):
    """A remark on a task."""

    body = models.TextField(
        validators=[MinLengthValidator(1), MaxLengthValidator(5000)],
    )
    author_email = models.EmailField(blank=True, default="")
    edited = models.BooleanField(
        default=False,
        help_text="Set when the author changes the body",
    )
    edited_at = models.DateTimeField(auto_now=True, null=True, blank=True)
    task = models.ForeignKey(
        "task.Task",
        on_delete=models.CASCADE,
        related_name="comments",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="comments",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "comment"
        verbose_name_plural = "comments"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="comment_default_order",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)
