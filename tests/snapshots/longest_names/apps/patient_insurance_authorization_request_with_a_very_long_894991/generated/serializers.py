from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, SummaryField
from apps.core.soft_delete import SoftDeleteModelSerializer
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXReadSerializer(
    serializers.ModelSerializer,
):
    """PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX as the API returns it, related rows as ``{id, display}``."""

    subject = SummaryField(read_only=True)

    class Meta:
        model = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX
        fields = ("id", "reference", "subject", "created_at", "updated_at")
        read_only_fields = fields


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXWriteSerializer(
    SoftDeleteModelSerializer,
):
    """PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = (
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXReadSerializer
    )

    class Meta:
        model = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX
        fields = ("id", "workspace", "reference", "subject")
        read_only_fields = ("id",)
