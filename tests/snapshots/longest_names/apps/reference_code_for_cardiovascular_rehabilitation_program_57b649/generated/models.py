from django.db import models

from apps.core.models import TimeStampedModel


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicBase(
    TimeStampedModel,
):
    """Reference code for cardiovascular rehabilitation programs in clinic."""

    code = models.CharField(max_length=255, unique=True)

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = (
            "reference code for cardiovascular rehabilitation programs in clinic"
        )
        verbose_name_plural = (
            "reference code for cardiovascular rehabilitation programs in clinics"
        )

    def __str__(self) -> str:
        return self.code
