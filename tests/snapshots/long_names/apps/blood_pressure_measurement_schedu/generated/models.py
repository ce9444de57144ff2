from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from apps.core.models import WorkspaceScopedModel


class BloodPressureMeasurementScheduBase(WorkspaceScopedModel):
    """Blood pressure measurement schedu."""

    class State(models.TextChoices):
        A_VERY_LONG_CHOICE_VALUE_THAT_GOES_ON_AND_ON = (
            "a_very_long_choice_value_that_goes_on_and_on",
            "A very long choice value that goes on and on",
        )
        SHORT = "short", "Short"

    systolic_pressure_in_millimetres_of_mercury_measured_seated = models.IntegerField(
        validators=[MinValueValidator(40), MaxValueValidator(300)],
    )
    a_rather_long_field_name_that_explains_itself_in_detail_yes = models.CharField(
        max_length=200,
    )
    state = models.CharField(max_length=44, choices=State.choices, default=State.SHORT)
    the_patient_whose_blood_pressure_schedule_this_is_recorded = models.ForeignKey(
        "another_extremely_long_entity_name.AnotherExtremelyLongEntityName",
        on_delete=models.CASCADE,
        related_name="blood_pressure_measurement_schedus",
    )

    class Meta:
        abstract = True
        ordering = ("-created_at",)
        verbose_name = "blood pressure measurement schedu"
        verbose_name_plural = "blood pressure measurement schedus"
        indexes = [
            models.Index(
                fields=["workspace", "-created_at", "id"],
                name="blood_pressure_me_247d87_order",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "workspace",
                    "systolic_pressure_in_millimetres_of_mercury_measured_seated",
                ],
                name="blood_pressure_measurement_schedu_systolic_pressure_7fc748_uniq",
                violation_error_message="A blood pressure measurement schedu with this systolic pressure in millimetres of mercury measured seated already exists in this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return self.a_rather_long_field_name_that_explains_itself_in_detail_yes
