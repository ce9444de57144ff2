"""Note API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/note/generated/views.py.
"""

from apps.note.generated.views import NoteViewSetBase


class NoteViewSet(NoteViewSetBase):
    """/api/v1/notes/"""
