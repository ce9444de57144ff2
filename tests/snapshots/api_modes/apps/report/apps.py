from django.apps import AppConfig


class ReportConfig(AppConfig):
    name = "apps.report"
    label = "report"
    verbose_name = "Reports"
