from django.apps import AppConfig


class LabelConfig(AppConfig):
    name = "apps.label"
    label = "label"
    verbose_name = "Labels"
