"""Team serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/team/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.team.generated.serializers import TeamWriteSerializer


class TeamSerializer(TeamWriteSerializer):
    """Validates team input; responds with TeamReadSerializer."""
