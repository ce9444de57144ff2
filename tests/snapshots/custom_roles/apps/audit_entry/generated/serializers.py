from rest_framework import serializers

from apps.audit_entry.models import AuditEntry
from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer


class AuditEntryReadSerializer(serializers.ModelSerializer):
    """AuditEntry as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = AuditEntry
        fields = ("id", "message", "created_at", "updated_at")
        read_only_fields = fields


class AuditEntryWriteSerializer(GeneratedModelSerializer):
    """AuditEntry as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = AuditEntryReadSerializer

    class Meta:
        model = AuditEntry
        fields = ("id", "workspace", "message")
        read_only_fields = ("id",)
