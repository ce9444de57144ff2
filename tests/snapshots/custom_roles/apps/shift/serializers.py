"""Shift serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/shift/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.shift.generated.serializers import ShiftWriteSerializer


class ShiftSerializer(ShiftWriteSerializer):
    """Validates shift input; responds with ShiftReadSerializer."""
