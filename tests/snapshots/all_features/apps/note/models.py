"""Note: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/note/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend NoteBase.Meta.
"""

from apps.note.generated.models import NoteBase


class Note(NoteBase):
    """What was observed during a visit."""
