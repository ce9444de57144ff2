"""Profile serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/profile/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.profile.generated.serializers import ProfileWriteSerializer


class ProfileSerializer(ProfileWriteSerializer):
    """Validates profile input; responds with ProfileReadSerializer."""
