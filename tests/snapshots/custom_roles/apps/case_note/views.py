"""CaseNote API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/case_note/generated/views.py.
"""

from apps.case_note.generated.views import CaseNoteViewSetBase


class CaseNoteViewSet(CaseNoteViewSetBase):
    """/api/v1/case-notes/"""
