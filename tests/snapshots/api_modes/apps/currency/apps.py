from django.apps import AppConfig


class CurrencyConfig(AppConfig):
    name = "apps.currency"
    label = "currency"
    verbose_name = "Currencies"
