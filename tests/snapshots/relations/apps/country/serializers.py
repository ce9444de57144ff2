"""Country serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/country/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.country.generated.serializers import CountryWriteSerializer


class CountrySerializer(CountryWriteSerializer):
    """Validates country input; responds with CountryReadSerializer."""
