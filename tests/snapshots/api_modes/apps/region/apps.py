from django.apps import AppConfig


class RegionConfig(AppConfig):
    name = "apps.region"
    label = "region"
    verbose_name = "Regions"
