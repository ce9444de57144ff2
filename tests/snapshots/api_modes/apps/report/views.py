"""Report API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/report/generated/views.py.
"""

from apps.report.generated.views import ReportViewSetBase


class ReportViewSet(ReportViewSetBase):
    """/api/v1/reports/"""
