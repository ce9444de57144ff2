"""Task API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/task/generated/views.py.
"""

from apps.task.generated.views import TaskViewSetBase


class TaskViewSet(TaskViewSetBase):
    """/api/v1/tasks/"""
