"""Audit rows for the API's writes, in the transaction of the change."""

from typing import TYPE_CHECKING

from django.db import transaction

from apps.audit.models import AuditLog
from apps.audit.services import record, snapshot

if TYPE_CHECKING:
    # What the mixin goes before; at run time it stays a plain mixin.
    from rest_framework.viewsets import ModelViewSet as ViewSetBase
else:
    ViewSetBase = object


class AuditedViewSetMixin(ViewSetBase):
    """Every create, update and delete through the viewset writes an audit row.

    The change and its audit row commit together or not at all.
    """

    def perform_create(self, serializer) -> None:
        with transaction.atomic():
            super().perform_create(serializer)
            record(self.request, serializer.instance, AuditLog.Action.CREATE, {})

    def perform_update(self, serializer) -> None:
        with transaction.atomic():
            before = snapshot(serializer.instance)
            super().perform_update(serializer)
            record(self.request, serializer.instance, AuditLog.Action.UPDATE, before)

    def perform_destroy(self, instance) -> None:
        with transaction.atomic():
            before, pk = snapshot(instance), instance.pk
            super().perform_destroy(instance)
            record(self.request, instance, AuditLog.Action.DELETE, before, pk=pk)
