"""Person serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/person/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.person.generated.serializers import PersonWriteSerializer


class PersonSerializer(PersonWriteSerializer):
    """Validates person input; responds with PersonReadSerializer."""
