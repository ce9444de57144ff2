"""Ward serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/ward/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.ward.generated.serializers import WardWriteSerializer


class WardSerializer(WardWriteSerializer):
    """Validates ward input; responds with WardReadSerializer."""
