"""Owner serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/owner/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.owner.generated.serializers import OwnerWriteSerializer


class OwnerSerializer(OwnerWriteSerializer):
    """Validates owner input; responds with OwnerReadSerializer."""
