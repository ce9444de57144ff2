"""Region serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/region/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.region.generated.serializers import RegionWriteSerializer


class RegionSerializer(RegionWriteSerializer):
    """Validates region input; responds with RegionReadSerializer."""
