"""Currency: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/currency/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CurrencyBase.Meta.
"""

from apps.currency.generated.models import CurrencyBase


class Currency(CurrencyBase):
    """Currency."""
