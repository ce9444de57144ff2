from django.apps import AppConfig


class OwnerConfig(AppConfig):
    name = "apps.owner"
    label = "owner"
    verbose_name = "Owners"
