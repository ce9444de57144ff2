from django.apps import AppConfig


class WardConfig(AppConfig):
    name = "apps.ward"
    label = "ward"
    verbose_name = "Wards"
