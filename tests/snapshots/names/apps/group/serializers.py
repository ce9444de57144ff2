"""Group serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/group/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.group.generated.serializers import GroupWriteSerializer


class GroupSerializer(GroupWriteSerializer):
    """Validates group input; responds with GroupReadSerializer."""
