from django.apps import AppConfig


class AuditEntryConfig(AppConfig):
    name = "apps.audit_entry"
    label = "audit_entry"
    verbose_name = "Audit entries"
