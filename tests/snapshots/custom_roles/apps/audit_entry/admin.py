"""AuditEntry admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.audit_entry.generated.admin import AuditEntryAdminBase
from apps.audit_entry.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(AuditEntryAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
