"""Currency API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/currency/generated/views.py.
"""

from apps.currency.generated.views import CurrencyViewSetBase


class CurrencyViewSet(CurrencyViewSetBase):
    """/api/v1/currencies/"""
