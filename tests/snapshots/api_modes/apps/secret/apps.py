from django.apps import AppConfig


class SecretConfig(AppConfig):
    name = "apps.secret"
    label = "secret"
    verbose_name = "Secrets"
