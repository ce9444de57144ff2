from django.apps import AppConfig


class CountryConfig(AppConfig):
    name = "apps.country"
    label = "country"
    verbose_name = "Countries"
