"""Secret serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/secret/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.secret.generated.serializers import SecretWriteSerializer


class SecretSerializer(SecretWriteSerializer):
    """Validates secret input; responds with SecretReadSerializer."""
