from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.employee.models import Employee


class EmployeeFilterSet(FilterSet):
    """Query parameters of GET /api/v1/employees/ from the genome's ``filter`` flags."""

    team = filters.NumberFilter(field_name="team")
    manager = filters.NumberFilter(field_name="manager")
    peers = filters.NumberFilter(field_name="peers")

    class Meta:
        model = Employee
        fields = ()
