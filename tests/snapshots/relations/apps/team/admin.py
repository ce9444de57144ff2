"""Team admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.team.generated.admin import TeamAdminBase
from apps.team.models import Team


@admin.register(Team)
class TeamAdmin(TeamAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
