"""Label serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/label/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.label.generated.serializers import LabelWriteSerializer


class LabelSerializer(LabelWriteSerializer):
    """Validates label input; responds with LabelReadSerializer."""
