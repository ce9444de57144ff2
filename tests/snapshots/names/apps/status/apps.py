from django.apps import AppConfig


class StatusConfig(AppConfig):
    name = "apps.status"
    label = "status"
    verbose_name = "Statuses"
