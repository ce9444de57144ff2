from django.apps import AppConfig


class PersonConfig(AppConfig):
    name = "apps.person"
    label = "person"
    verbose_name = "People"
