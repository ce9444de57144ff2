"""Analysis API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/analysis/generated/views.py.
"""

from apps.analysis.generated.views import AnalysisViewSetBase


class AnalysisViewSet(AnalysisViewSetBase):
    """/api/v1/analyses/"""
