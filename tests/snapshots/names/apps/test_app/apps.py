from django.apps import AppConfig


class TestConfig(AppConfig):
    name = "apps.test_app"
    label = "test_app"
    verbose_name = "Tests"
