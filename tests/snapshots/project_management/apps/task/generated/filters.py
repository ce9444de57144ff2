from django_filters import rest_framework as filters

from apps.core.filters import ArrayFilter, FilterSet
from apps.task.models import Task


class TaskFilterSet(FilterSet):
    """Query parameters of GET /api/v1/tasks/ from the genome's ``filter`` flags."""

    tags = ArrayFilter(field_name="tags", lookup_expr="contains")
    project = filters.NumberFilter(field_name="project")
    assignee = filters.NumberFilter(field_name="assignee")
    labels = filters.NumberFilter(field_name="labels")

    class Meta:
        model = Task
        fields = {
            "status": ["exact"],
            "priority": ["exact", "gte", "lte"],
            "due_at": ["exact", "gte", "lte"],
            "is_billable": ["exact"],
            "external_id": ["exact"],
        }
