"""Child serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/child/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.child.generated.serializers import ChildWriteSerializer


class ChildSerializer(ChildWriteSerializer):
    """Validates child input; responds with ChildReadSerializer."""
