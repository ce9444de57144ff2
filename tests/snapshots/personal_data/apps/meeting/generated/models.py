from django.conf import settings
from django.db import models

from apps.core.models import TimeStampedModel


class MeetingBase(TimeStampedModel):
    """A meeting members attend, shared by every workspace."""

    topic = models.CharField(max_length=120)
    attendee_notes = models.TextField(blank=True, default="")
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="meetings",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "meeting"
        verbose_name_plural = "meetings"

    def __str__(self) -> str:
        return self.topic
