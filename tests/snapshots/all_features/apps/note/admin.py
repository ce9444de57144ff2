"""Note admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.note.generated.admin import NoteAdminBase
from apps.note.models import Note


@admin.register(Note)
class NoteAdmin(NoteAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
