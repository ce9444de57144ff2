from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import MinLengthValidator, RegexValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel
from apps.core.uploads import RandomDirectory
from apps.core.validators import MaxFileSizeValidator


class ProfileBase(WorkspaceScopedModel):
    """How a member presents themselves."""

    handle = models.SlugField()
    display_name = models.CharField(max_length=80)
    contact_email = models.EmailField()
    homepage = models.URLField(blank=True, default="")
    phone = models.CharField(
        max_length=20,
        blank=True,
        default="",
        validators=[RegexValidator(r"\A(?:\+?[0-9]{6,15})\Z")],
    )
    initials = models.CharField(max_length=4)
    badge = models.CharField(
        max_length=8,
        validators=[RegexValidator(r"\A(?:[A-Z]{3}-[0-9]{4})\Z")],
    )
    born_on = models.DateField(null=True, blank=True)
    nicknames = ArrayField(
        models.CharField(max_length=255),
        size=3,
        blank=True,
        default=list,
    )
    avatar = models.ImageField(
        upload_to=RandomDirectory("profile/avatar/"),
        max_length=255,
        blank=True,
        validators=[MaxFileSizeValidator(1_048_576)],
    )
    listed = models.BooleanField(default=False)
    bio = models.TextField(validators=[MinLengthValidator(3)])
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profiles",
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentor_profiles",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "profile"
        verbose_name_plural = "profiles"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="profile_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "handle"],
                name="profile_handle_uniq",
                violation_error_message="A profile with this handle already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name
