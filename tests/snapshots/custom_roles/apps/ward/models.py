"""Ward: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/ward/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend WardBase.Meta.
"""

from apps.ward.generated.models import WardBase


class Ward(WardBase):
    """Ward."""
