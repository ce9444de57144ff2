"""Contact serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/contact/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.contact.generated.serializers import ContactWriteSerializer


class ContactSerializer(ContactWriteSerializer):
    """Validates contact input; responds with ContactReadSerializer."""
