"""Project admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.project.generated.admin import ProjectAdminBase
from apps.project.models import Project


@admin.register(Project)
class ProjectAdmin(ProjectAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
