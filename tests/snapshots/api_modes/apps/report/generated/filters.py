from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.report.models import Report


class ReportFilterSet(FilterSet):
    """Query parameters of GET /api/v1/reports/ from the genome's ``filter`` flags."""

    ledger = filters.NumberFilter(field_name="ledger")

    class Meta:
        model = Report
        fields = {"title": ["exact", "icontains"]}
