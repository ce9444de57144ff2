"""Task serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/task/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.task.generated.serializers import TaskWriteSerializer


class TaskSerializer(TaskWriteSerializer):
    """Validates task input; responds with TaskReadSerializer."""
