from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)


class PatientInsuranceAuthorizationRequestReadSerializer(serializers.ModelSerializer):
    """PatientInsuranceAuthorizationRequest as the API returns it, related rows as ``{id, display}``."""

    schedule = SummaryField(read_only=True)

    class Meta:
        model = PatientInsuranceAuthorizationRequest
        fields = ("id", "reference", "schedule", "created_at", "updated_at")
        read_only_fields = fields


class PatientInsuranceAuthorizationRequestWriteSerializer(GeneratedModelSerializer):
    """PatientInsuranceAuthorizationRequest as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = PatientInsuranceAuthorizationRequestReadSerializer

    class Meta:
        model = PatientInsuranceAuthorizationRequest
        fields = ("id", "workspace", "reference", "schedule")
        read_only_fields = ("id",)
