from django.apps import AppConfig


class SpecimenConfig(AppConfig):
    name = "apps.specimen"
    label = "specimen"
    verbose_name = "Specimens"
