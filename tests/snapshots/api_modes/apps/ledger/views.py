"""Ledger API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/ledger/generated/views.py.
"""

from apps.ledger.generated.views import LedgerViewSetBase


class LedgerViewSet(LedgerViewSetBase):
    """/api/v1/ledgers/"""
