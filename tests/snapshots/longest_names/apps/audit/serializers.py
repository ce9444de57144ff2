from rest_framework import serializers

from apps.audit.models import AuditLog
from apps.core.serializers import SummaryField


class AuditLogSerializer(serializers.ModelSerializer):
    """An audit row; ``object_type`` is ``app_label.model``, as the filter takes it."""

    object_type = serializers.SerializerMethodField()
    actor = SummaryField(read_only=True)

    class Meta:
        model = AuditLog
        fields = (
            "id",
            "object_type",
            "object_id",
            "action",
            "actor",
            "changes",
            "ip",
            "user_agent",
            "created_at",
        )
        read_only_fields = fields

    def get_object_type(self, row: AuditLog) -> str:
        return f"{row.content_type.app_label}.{row.content_type.model}"
