"""Contact: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/contact/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ContactBase.Meta.
"""

from apps.contact.generated.models import ContactBase


class Contact(ContactBase):
    """Someone outside the product."""
