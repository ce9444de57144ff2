from django.apps import AppConfig


class BloodPressureMeasurementScheduConfig(AppConfig):
    name = "apps.blood_pressure_measurement_schedu"
    label = "blood_pressure_measurement_schedu"
    verbose_name = "Blood pressure measurement schedus"
