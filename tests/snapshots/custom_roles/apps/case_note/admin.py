"""CaseNote admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.case_note.generated.admin import CaseNoteAdminBase
from apps.case_note.models import CaseNote


@admin.register(CaseNote)
class CaseNoteAdmin(CaseNoteAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
