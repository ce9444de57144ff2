"""Shift: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/shift/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ShiftBase.Meta.
"""

from apps.shift.generated.models import ShiftBase


class Shift(ShiftBase):
    """Shift."""
