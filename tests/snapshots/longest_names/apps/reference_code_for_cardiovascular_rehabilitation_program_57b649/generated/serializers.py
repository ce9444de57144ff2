from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinic,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicReadSerializer(
    serializers.ModelSerializer,
):
    """ReferenceCodeForCardiovascularRehabilitationProgramsInClinic as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = ReferenceCodeForCardiovascularRehabilitationProgramsInClinic
        fields = ("id", "code", "created_at", "updated_at")
        read_only_fields = fields


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicWriteSerializer(
    GeneratedModelSerializer,
):
    """ReferenceCodeForCardiovascularRehabilitationProgramsInClinic as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = (
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinicReadSerializer
    )

    class Meta:
        model = ReferenceCodeForCardiovascularRehabilitationProgramsInClinic
        fields = ("id", "code")
        read_only_fields = ("id",)
