from django.db import models

from apps.core.models import WorkspaceScopedModel
from apps.core.uploads import RandomDirectory


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogBase(
    WorkspaceScopedModel,
):
    """Cardiovascular rehabilitation program enrollment status change log."""

    note = models.CharField(max_length=255)
    scanned_referral_letter_from_the_general_practitioner = models.FileField(
        upload_to=RandomDirectory(
            "cardiovascular_rehabilitation_program_enrollment_status_6b035a/scanned_referral_letter_from_the_general_practitioner/",
        ),
        max_length=255,
        blank=True,
    )
    authorization_request = models.ForeignKey(
        "patient_insurance_authorization_request.PatientInsuranceAuthorizationRequest",
        on_delete=models.CASCADE,
        related_name="cardiovascular_rehabilitation_program_enrollment_status_change_logs",
    )
    previous_entries = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="previous_entries_of",
    )

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
                fields=["workspace", "note"],
                name="cardiovascular_reha_7a0bc6_idx",
            ),
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="cardiovascular_re_9be329_order",
            ),
        ]

    def __str__(self) -> str:
        return self.note
