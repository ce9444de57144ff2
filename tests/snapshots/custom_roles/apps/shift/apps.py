from django.apps import AppConfig


class ShiftConfig(AppConfig):
    name = "apps.shift"
    label = "shift"
    verbose_name = "Shifts"
