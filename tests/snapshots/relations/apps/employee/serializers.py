"""Employee serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/employee/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.employee.generated.serializers import EmployeeWriteSerializer


class EmployeeSerializer(EmployeeWriteSerializer):
    """Validates employee input; responds with EmployeeReadSerializer."""
