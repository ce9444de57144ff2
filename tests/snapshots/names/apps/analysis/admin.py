"""Analysis admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.analysis.generated.admin import AnalysisAdminBase
from apps.analysis.models import Analysis


@admin.register(Analysis)
class AnalysisAdmin(AnalysisAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
