"""Status serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/status/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.status.generated.serializers import StatusWriteSerializer


class StatusSerializer(StatusWriteSerializer):
    """Validates status input; responds with StatusReadSerializer."""
