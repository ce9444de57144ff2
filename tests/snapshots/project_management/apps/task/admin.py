"""Task admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.task.generated.admin import TaskAdminBase
from apps.task.models import Task


@admin.register(Task)
class TaskAdmin(TaskAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
