from django.apps import AppConfig


class ProfileConfig(AppConfig):
    name = "apps.profile"
    label = "profile"
    verbose_name = "Profiles"
