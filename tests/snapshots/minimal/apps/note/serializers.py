"""Note serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/note/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.note.generated.serializers import NoteWriteSerializer


class NoteSerializer(NoteWriteSerializer):
    """Validates note input; responds with NoteReadSerializer."""
