from django.apps import AppConfig


class JsonConfig(AppConfig):
    name = "apps.json"
    label = "json"
    verbose_name = "Jsons"
