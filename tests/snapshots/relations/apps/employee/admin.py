"""Employee admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.employee.generated.admin import EmployeeAdminBase
from apps.employee.models import Employee


@admin.register(Employee)
class EmployeeAdmin(EmployeeAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
