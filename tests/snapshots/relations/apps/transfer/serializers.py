"""Transfer serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/transfer/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.transfer.generated.serializers import TransferWriteSerializer


class TransferSerializer(TransferWriteSerializer):
    """Validates transfer input; responds with TransferReadSerializer."""
