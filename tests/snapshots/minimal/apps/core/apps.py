from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    name = "apps.core"
    verbose_name = "Core"

    def ready(self) -> None:
        # Imported to register the system checks and the OpenAPI extensions.
        from apps.core import checks, schema  # noqa: F401


class ProjectAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the project's branded site as the default site."""

    default = False
    default_site = "apps.core.admin.ProjectAdminSite"
