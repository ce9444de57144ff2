from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "apps.core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Imported to register the system checks.
        from apps.core import checks  # noqa: F401
