from django.conf import settings
from django.db import models

from apps.core.soft_delete import WorkspaceScopedSoftDeleteModel


class PatientBase(WorkspaceScopedSoftDeleteModel):
    """A person the clinic cares for."""

    full_name = models.CharField(max_length=120)
    email = models.EmailField(blank=True, default="")
    born_on = models.DateField(null=True, blank=True)
    allergies = models.TextField(blank=True, default="")
    insurance_number = models.CharField(max_length=40, blank=True, default="")
    active = models.BooleanField(default=True)
    billing_notes = models.TextField(blank=True, default="")
    clinician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="clinician_patients",
    )
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="account_patient",
    )
    audit_masked_fields = (
        "full_name",
        "email",
        "born_on",
        "allergies",
        "insurance_number",
        "billing_notes",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "patient"
        verbose_name_plural = "patients"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="patient_default_order",
            ),
        ]

    def __str__(self) -> str:
        return self.full_name
