"""CaseNote serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/case_note/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.case_note.generated.serializers import CaseNoteWriteSerializer


class CaseNoteSerializer(CaseNoteWriteSerializer):
    """Validates case note input; responds with CaseNoteReadSerializer."""
