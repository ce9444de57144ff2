from django.db import models

from apps.core.models import WorkspaceScopedModel


class PatientInsuranceAuthorizationRequestBase(WorkspaceScopedModel):
    """Patient insurance authorization request."""

    reference = models.CharField(max_length=255)
    schedule = models.ForeignKey(
        "blood_pressure_measurement_schedu.BloodPressureMeasurementSchedu",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="patient_insurance_authorization_requests",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "patient insurance authorization request"
        verbose_name_plural = "patient insurance authorization requests"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="patient_insurance_4f25ba_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "reference"],
                name="patient_insurance_authorization_request_reference_uniq",
                violation_error_message="A patient insurance authorization request with this reference already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.reference
