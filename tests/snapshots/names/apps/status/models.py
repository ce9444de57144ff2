"""Status: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/status/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend StatusBase.Meta.
"""

from apps.status.generated.models import StatusBase


class Status(StatusBase):
    """Status."""
