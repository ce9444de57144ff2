"""Team: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/team/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend TeamBase.Meta.
"""

from apps.team.generated.models import TeamBase


class Team(TeamBase):
    """Team."""
