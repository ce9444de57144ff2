"""Group: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/group/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend GroupBase.Meta.
"""

from apps.group.generated.models import GroupBase


class Group(GroupBase):
    """Group."""
