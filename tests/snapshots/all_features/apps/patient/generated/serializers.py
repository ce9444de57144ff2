from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, SummaryField
from apps.core.soft_delete import SoftDeleteModelSerializer
from apps.patient.models import Patient


class PatientReadSerializer(serializers.ModelSerializer):
    """Patient as the API returns it, related rows as ``{id, display}``."""

    clinician = SummaryField(read_only=True)
    account = SummaryField(read_only=True)

    class Meta:
        model = Patient
        fields = (
            "id",
            "full_name",
            "email",
            "born_on",
            "allergies",
            "insurance_number",
            "active",
            "billing_notes",
            "clinician",
            "account",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class PatientWriteSerializer(SoftDeleteModelSerializer):
    """Patient as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = PatientReadSerializer

    class Meta:
        model = Patient
        fields = (
            "id",
            "workspace",
            "full_name",
            "email",
            "born_on",
            "allergies",
            "insurance_number",
            "active",
            "billing_notes",
            "clinician",
            "account",
        )
        read_only_fields = ("id",)
