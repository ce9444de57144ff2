"""Transfer: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/transfer/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend TransferBase.Meta.
"""

from apps.transfer.generated.models import TransferBase


class Transfer(TransferBase):
    """Transfer."""
