"""CaseNote: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/case_note/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CaseNoteBase.Meta.
"""

from apps.case_note.generated.models import CaseNoteBase


class CaseNote(CaseNoteBase):
    """Case note."""
