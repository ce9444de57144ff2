from django.apps import AppConfig


class GroupConfig(AppConfig):
    name = "apps.group"
    label = "group"
    verbose_name = "Groups"
