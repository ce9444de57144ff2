"""Person: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/person/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend PersonBase.Meta.
"""

from apps.person.generated.models import PersonBase


class Person(PersonBase):
    """Person."""
