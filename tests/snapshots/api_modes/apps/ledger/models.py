"""Ledger: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/ledger/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend LedgerBase.Meta.
"""

from apps.ledger.generated.models import LedgerBase


class Ledger(LedgerBase):
    """Ledger."""
