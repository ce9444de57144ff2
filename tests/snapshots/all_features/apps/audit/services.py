"""Writing the audit log: what changed, who changed it and from where.

Only the paths that call ``record`` are audited: the API's viewsets
(``AuditedViewSetMixin``) and the admin (``AuditedAdminMixin``). Writes through the
ORM elsewhere (shell, migrations, ``QuerySet.update``, management commands) are not.
"""

import ipaddress
import json
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.fields.files import FieldFile
from rest_framework.throttling import BaseThrottle

from apps.audit.models import AuditLog

# Shown instead of the values of pii and phi fields: the log says that they changed.
MASKED = "[masked]"
# Bookkeeping columns, not changes anyone made.
UNAUDITED = frozenset({"created_at", "updated_at", "workspace"})


def snapshot(instance) -> dict[str, Any]:
    """The audited values of a row as JSON-safe values, by field name."""
    values = {}
    for field in instance._meta.concrete_fields:
        if field.primary_key or field.name in UNAUDITED:
            continue
        values[field.name] = json_safe(field.value_from_object(instance))
    if instance.pk is not None:
        for field in instance._meta.many_to_many:
            values[field.name] = sorted(
                row.pk for row in field.value_from_object(instance)
            )
    return values


def diff(instance, before: dict[str, Any], after: dict[str, Any]) -> dict[str, list]:
    """``{field: [old, new]}`` for the fields that differ, sensitive values masked."""
    masked = getattr(instance, "audit_masked_fields", ())
    changes = {}
    for name in [*before, *(n for n in after if n not in before)]:
        old, new = before.get(name), after.get(name)
        if old != new:
            changes[name] = [_mask(old), _mask(new)] if name in masked else [old, new]
    return changes


def record(
    request, instance, action: str, before: dict[str, Any], *, pk=None
) -> AuditLog:
    """Write the audit row of a change to ``instance``, given its snapshot before.

    Call it inside the change's transaction. ``pk`` is the row's id when ``instance``
    was deleted for good (Django then clears ``instance.pk``).
    """
    after = snapshot(instance) if instance.pk is not None else {}
    user = getattr(request, "user", None)
    return AuditLog.objects.create(
        workspace_id=getattr(instance, "workspace_id", None),
        content_type=ContentType.objects.get_for_model(instance),
        object_id=str(instance.pk if pk is None else pk),
        actor=user if user is not None and user.is_authenticated else None,
        action=action,
        changes=diff(instance, before, after),
        ip=client_ip(request),
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:512],
    )


def client_ip(request) -> str | None:
    """The client's address, as throttling sees it (``DJANGO_NUM_PROXIES``)."""
    ident = BaseThrottle().get_ident(request)
    try:
        return str(ipaddress.ip_address(ident))
    except ValueError:
        return None


def json_safe(value: Any) -> Any:
    if isinstance(value, FieldFile):
        return value.name or None
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _mask(value: Any) -> Any:
    return None if value in (None, "", [], {}) else MASKED
