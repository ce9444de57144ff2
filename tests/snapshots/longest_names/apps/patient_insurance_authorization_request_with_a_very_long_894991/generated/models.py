from django.conf import settings
from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXBase(
    WorkspaceScopedSoftDeleteModel,
):
    """Patient insurance authorization request with a very long name indeed x."""

    reference = models.CharField(max_length=255)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="patient_insurance_authorization_request_with_a_very_long_name_indeed_xes",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = (
            "patient insurance authorization request with a very long name indeed x"
        )
        verbose_name_plural = (
            "patient insurance authorization request with a very long name indeed xes"
        )
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="patient_insurance_720ec3_order",
            ),
        ]

    def __str__(self) -> str:
        return self.reference
