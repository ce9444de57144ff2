from rest_framework import serializers

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.core.uploads import PrivateFileField


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogReadSerializer(
    serializers.ModelSerializer,
):
    """CardiovascularRehabilitationProgramEnrollmentStatusChangeLog as the API returns it, related rows as ``{id, display}``."""

    scanned_referral_letter_from_the_general_practitioner = PrivateFileField(
        read_only=True,
    )
    authorization_request = SummaryField(read_only=True)
    previous_entries = SummaryField(many=True, read_only=True)

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = (
            "id",
            "note",
            "scanned_referral_letter_from_the_general_practitioner",
            "authorization_request",
            "previous_entries",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogWriteSerializer(
    GeneratedModelSerializer,
):
    """CardiovascularRehabilitationProgramEnrollmentStatusChangeLog as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogReadSerializer
    )

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = (
            "id",
            "workspace",
            "note",
            "scanned_referral_letter_from_the_general_practitioner",
            "authorization_request",
            "previous_entries",
        )
        read_only_fields = ("id",)
