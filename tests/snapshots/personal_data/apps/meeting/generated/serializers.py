from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer, SummaryField
from apps.meeting.models import Meeting


class MeetingReadSerializer(serializers.ModelSerializer):
    """Meeting as the API returns it, related rows as ``{id, display}``."""

    attendees = SummaryField(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = (
            "id",
            "topic",
            "attendee_notes",
            "attendees",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class MeetingWriteSerializer(GeneratedModelSerializer):
    """Meeting as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = MeetingReadSerializer

    class Meta:
        model = Meeting
        fields = ("id", "topic", "attendee_notes", "attendees")
        read_only_fields = ("id",)
