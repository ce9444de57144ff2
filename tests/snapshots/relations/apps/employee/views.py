"""Employee API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/employee/generated/views.py.
"""

from apps.employee.generated.views import EmployeeViewSetBase


class EmployeeViewSet(EmployeeViewSetBase):
    """/api/v1/employees/"""
