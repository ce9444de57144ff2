from django.apps import AppConfig


class ChildConfig(AppConfig):
    name = "apps.child"
    label = "child"
    verbose_name = "Children"
