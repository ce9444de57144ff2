"""Contact API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/contact/generated/views.py.
"""

from apps.contact.generated.views import ContactViewSetBase


class ContactViewSet(ContactViewSetBase):
    """/api/v1/contacts/"""
