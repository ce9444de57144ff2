from django.apps import AppConfig


class VisitConfig(AppConfig):
    name = "apps.visit"
    label = "visit"
    verbose_name = "Visits"
