from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel
from apps.core.uploads import RandomDirectory


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogBase(
    WorkspaceScopedSoftDeleteModel,
):
    """Cardiovascular rehabilitation program enrollment status change log."""

    class State(models.TextChoices):
        A = "a", "A"
        B = "b", "B"

    note = models.CharField(max_length=255)
    state = models.CharField(max_length=1, choices=State.choices, default=State.A)
    attachment = models.FileField(
        upload_to=RandomDirectory(
            "cardiovascular_rehabilitation_program_enrollment_status_6b035a/attachment/",
        ),
        max_length=255,
        blank=True,
    )
    tags = ArrayField(models.CharField(max_length=255), blank=True, default=list)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cardiovascular_rehabilitation_program_enrollment_status_change_logs",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="parent_cardiovascular_rehabilitation_program_enrollment_status_change_logs",
    )
    others = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="others_cardiovascular_rehabilitation_program_enrollment_status_change_logs",
    )
    shared = models.ForeignKey(
        "reference_code_for_cardiovascular_rehabilitation_program_57b649.ReferenceCodeForCardiovascularRehabilitationProgramsInClinic",
        on_delete=models.CASCADE,
        related_name="cardiovascular_rehabilitation_program_enrollment_status_change_logs",
    )
    twin = models.OneToOneField(
        "patient_insurance_authorization_request_with_a_very_long_894991.PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cardiovascular_rehabilitation_program_enrollment_status_change_log",
    )
    audit_masked_fields = ("note",)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = (
            "cardiovascular rehabilitation program enrollment status change log"
        )
        verbose_name_plural = (
            "cardiovascular rehabilitation program enrollment status change logs"
        )
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="cardiovascular_re_9be329_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "note"],
                name="cardiovascular_rehabilitation_program_enrollment_st_7a0bc6_uniq",
                condition=models.Q(deleted_at=None),
                violation_error_message="A cardiovascular rehabilitation program enrollment status change log with this note already exists in this workspace.",
            ),
            models.UniqueConstraint(
                fields=["workspace", "note", "state"],
                name="cardiovascular_rehabilitation_program_enrollment_st_ff1592_uniq",
                condition=models.Q(deleted_at=None),
                violation_error_message="A cardiovascular rehabilitation program enrollment status change log with this note, state already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.note
