"""Report serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/report/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.report.generated.serializers import ReportWriteSerializer


class ReportSerializer(ReportWriteSerializer):
    """Validates report input; responds with ReportReadSerializer."""
