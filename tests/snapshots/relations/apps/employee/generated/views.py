from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.employee.generated.filters import EmployeeFilterSet
from apps.employee.generated.permissions import ROLE_PERMISSIONS
from apps.employee.models import Employee
from apps.employee.serializers import EmployeeSerializer


class EmployeeViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/employees/: list, retrieve, create, update and delete employees of the request's workspace."""

    queryset = Employee.objects.select_related(
        "team",
        "manager",
        "mentor",
        "buddy",
        "account",
        "approver",
        "reviewer",
        "home_country",
        "work_country",
    ).prefetch_related("peers")
    serializer_class = EmployeeSerializer
    filterset_class = EmployeeFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("full_name",)
    ordering_fields = ("full_name", "created_at", "updated_at")
