"""Project serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/project/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.project.generated.serializers import ProjectWriteSerializer


class ProjectSerializer(ProjectWriteSerializer):
    """Validates project input; responds with ProjectReadSerializer."""
