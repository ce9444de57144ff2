"""Visit serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/visit/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.visit.generated.serializers import VisitWriteSerializer


class VisitSerializer(VisitWriteSerializer):
    """Validates visit input; responds with VisitReadSerializer."""
