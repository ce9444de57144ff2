"""Currency serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/currency/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.currency.generated.serializers import CurrencyWriteSerializer


class CurrencySerializer(CurrencyWriteSerializer):
    """Validates currency input; responds with CurrencyReadSerializer."""
