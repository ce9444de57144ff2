"""Json serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/json/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.json.generated.serializers import JsonWriteSerializer


class JsonSerializer(JsonWriteSerializer):
    """Validates json input; responds with JsonReadSerializer."""
