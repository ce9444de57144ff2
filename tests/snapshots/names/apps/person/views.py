"""Person API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/person/generated/views.py.
"""

from apps.person.generated.views import PersonViewSetBase


class PersonViewSet(PersonViewSetBase):
    """/api/v1/people/"""
