"""Task: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/task/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend TaskBase.Meta.
"""

from apps.task.generated.models import TaskBase


class Task(TaskBase):
    """A unit of work inside a project."""
