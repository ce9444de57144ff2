"""Transfer API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/transfer/generated/views.py.
"""

from apps.transfer.generated.views import TransferViewSetBase


class TransferViewSet(TransferViewSetBase):
    """/api/v1/transfers/"""
