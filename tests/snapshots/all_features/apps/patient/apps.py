from django.apps import AppConfig


class PatientConfig(AppConfig):
    name = "apps.patient"
    label = "patient"
    verbose_name = "Patients"
