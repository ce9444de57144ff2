"""Generated from the genome's AuditEntry entity; `copier update` rewrites this package.

Change behaviour in apps/audit_entry/models.py, serializers.py, views.py and admin.py,
which extend these modules and are never overwritten.
"""
