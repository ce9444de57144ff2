"""Employee: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/employee/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend EmployeeBase.Meta.
"""

from apps.employee.generated.models import EmployeeBase


class Employee(EmployeeBase):
    """Employee."""
