"""Child: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/child/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ChildBase.Meta.
"""

from apps.child.generated.models import ChildBase


class Child(ChildBase):
    """Child."""
