"""Analysis serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/analysis/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.analysis.generated.serializers import AnalysisWriteSerializer


class AnalysisSerializer(AnalysisWriteSerializer):
    """Validates analysis input; responds with AnalysisReadSerializer."""
