"""Ledger serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/ledger/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.ledger.generated.serializers import LedgerWriteSerializer


class LedgerSerializer(LedgerWriteSerializer):
    """Validates ledger input; responds with LedgerReadSerializer."""
