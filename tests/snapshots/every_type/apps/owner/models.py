"""Owner: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/owner/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend OwnerBase.Meta.
"""

from apps.owner.generated.models import OwnerBase


class Owner(OwnerBase):
    """Owner."""
