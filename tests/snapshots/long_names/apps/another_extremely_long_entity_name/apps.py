from django.apps import AppConfig


class AnotherExtremelyLongEntityNameConfig(AppConfig):
    name = "apps.another_extremely_long_entity_name"
    label = "another_extremely_long_entity_name"
    verbose_name = "Another extremely long entity names"
