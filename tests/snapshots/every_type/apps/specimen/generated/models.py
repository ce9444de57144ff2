import datetime
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.validators import (
    MaxLengthValidator,
    MaxValueValidator,
    MinLengthValidator,
    MinValueValidator,
    RegexValidator,
)
from django.db import models

from apps.core.models import WorkspaceScopedModel
from apps.core.uploads import RandomDirectory
from apps.core.validators import MaxFileSizeValidator


class SpecimenBase(WorkspaceScopedModel):
    """One of everything."""

    class Stage(models.TextChoices):
        DRAFT = "draft", "Draft"
        LIVE = "live", "Live"

    label = models.CharField(
        max_length=80,
        validators=[MinLengthValidator(2), RegexValidator(r"\A(?:[A-Za-z0-9 -]+)\Z")],
    )
    notes = models.TextField(
        blank=True,
        default="",
        validators=[MinLengthValidator(1), MaxLengthValidator(500)],
    )
    handle = models.SlugField(max_length=40, blank=True, default="")
    contact = models.EmailField(blank=True, default="")
    homepage = models.URLField(max_length=300, blank=True, default="")
    reference = models.UUIDField(null=True, blank=True)
    last_login_ip = models.GenericIPAddressField(protocol="IPv4", null=True, blank=True)
    count = models.IntegerField(
        null=True,
        blank=True,
        default=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    population = models.BigIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price = models.DecimalField(
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[
            MinValueValidator(Decimal("0")),
            MaxValueValidator(Decimal("99999.99")),
        ],
    )
    ratio = models.FloatField(
        null=True,
        blank=True,
        default=0.5,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
    )
    active = models.BooleanField(default=True)
    born_on = models.DateField(
        null=True,
        blank=True,
        default=datetime.date(2024, 1, 31),
    )
    seen_at = models.DateTimeField(null=True, blank=True)
    opens_at = models.TimeField(null=True, blank=True, default=datetime.time(9, 30, 0))
    lasts = models.DurationField(
        null=True,
        blank=True,
        default=datetime.timedelta(seconds=3600),
    )
    stage = models.CharField(max_length=5, choices=Stage.choices, default=Stage.DRAFT)
    tags = ArrayField(models.CharField(max_length=20), size=5, blank=True, default=list)
    scores = ArrayField(models.IntegerField(), size=3, blank=True, default=list)
    extra = models.JSONField(null=True, blank=True, default=dict)
    document = models.FileField(
        upload_to=RandomDirectory("specimen/document/"),
        max_length=255,
        blank=True,
        validators=[MaxFileSizeValidator(1_000_000)],
    )
    photo = models.ImageField(
        upload_to=RandomDirectory("specimen/photo/"),
        max_length=255,
        blank=True,
        validators=[MaxFileSizeValidator(2_000_000)],
    )
    heart_rate = models.IntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(20), MaxValueValidator(250)],
    )
    category = models.ForeignKey(
        "category.Category",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="specimens",
    )
    owner = models.ForeignKey(
        "owner.Owner",
        on_delete=models.PROTECT,
        related_name="owner_specimens",
    )
    keeper = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="keeper_specimen",
    )
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.RESTRICT,
        related_name="curator_specimens",
    )
    reviewers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="reviewers_specimens",
    )
    twin = models.OneToOneField(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="twin_specimen",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parent_specimens",
    )
    related = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="related_specimens",
    )
    owners = models.ManyToManyField("owner.Owner", related_name="owners_specimens")

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "specimen"
        verbose_name_plural = "specimens"
        indexes = [
            models.Index(fields=["workspace", "count"], name="specimen_count_idx"),
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="specimen_default_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "handle"],
                name="specimen_handle_uniq",
                condition=~models.Q(handle=""),
                violation_error_message="A specimen with this handle already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.label
