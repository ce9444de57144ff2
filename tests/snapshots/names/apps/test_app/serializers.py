"""Test serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/test_app/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.test_app.generated.serializers import TestWriteSerializer


class TestSerializer(TestWriteSerializer):
    """Validates test input; responds with TestReadSerializer."""
