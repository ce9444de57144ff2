"""The signed-in user's personal data: GET auth/me/export/, POST auth/me/erase/."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.schema import NO_BODY
from apps.users import privacy
from apps.users.authentication import clear_auth_cookies


class ErasureSerializer(serializers.Serializer):
    password = serializers.CharField(
        write_only=True,
        style={"input_type": "password"},
        help_text="The current password: erasure cannot be undone.",
    )

    def validate_password(self, value: str) -> str:
        if not self.context["request"].user.check_password(value):
            raise serializers.ValidationError("The current password is wrong.")
        return value


class PersonalDataExportView(APIView):
    """Everything the project holds about you, as a JSON file to download."""

    permission_classes = [IsAuthenticated]
    throttle_scope = "personal_data"

    @extend_schema(
        responses=OpenApiResponse(
            OpenApiTypes.OBJECT,
            description="The account, memberships, invitations and the rows that "
            "point at you, with their personal fields; sent as an attachment.",
        )
    )
    def get(self, request):
        data = privacy.export_personal_data(request.user, request=request)
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2),
            content_type="application/json",
        )
        name = f"personal-data-{request.user.pk}-{timezone.now():%Y%m%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "no-store"
        return response


class PersonalDataErasureView(APIView):
    """Anonymises your account and your personal fields, and signs you out."""

    permission_classes = [IsAuthenticated]
    throttle_scope = "personal_data"
    extra_error_codes = (409,)

    @extend_schema(request=ErasureSerializer, responses={204: NO_BODY})
    def post(self, request):
        serializer = ErasureSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        privacy.erase_personal_data(request.user, request=request)
        response = Response(status=status.HTTP_204_NO_CONTENT)
        clear_auth_cookies(response)
        return response
