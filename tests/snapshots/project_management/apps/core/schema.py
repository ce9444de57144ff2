"""The OpenAPI schema (drf-spectacular): error responses, cookie auth, account views.

Served at /api/v1/schema/ with Swagger UI at /api/v1/docs/ and ReDoc at
/api/v1/redoc/. Check it with ``python manage.py spectacular --validate
--fail-on-warn --file schema.yml``. How to describe your own views:
https://drf-spectacular.readthedocs.io/en/latest/customization.html
"""

from typing import Any, get_args, get_type_hints

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import QuerySet
from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
    OpenApiViewExtension,
)
from drf_spectacular.openapi import AutoSchema as BaseAutoSchema
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_view,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import AllowAny

from apps.core.permissions import WORKSPACE_HEADER
from apps.core.viewsets import WorkspaceScopedMixin
from apps.users.serializers import (
    InvitationAcceptSerializer,
    InvitationSerializer,
    LoginSerializer,
    PasswordChangeSerializer,
    PasswordResetConfirmSerializer,
    PasswordResetSerializer,
    ProfileSerializer,
    RefreshSerializer,
    RegisterSerializer,
)


def decimal_pattern(field: serializers.DecimalField) -> str:
    """The decimals ``field`` reads: drf-spectacular's pattern also matches "-", and
    takes a sign that a minimum of 0 refuses."""
    whole, places = field.max_whole_digits or 0, field.decimal_places or 0
    sign = "" if field.min_value is not None and field.min_value >= 0 else "-?"
    numbers = []
    if whole:  # 1, 1. or 1.5
        numbers.append(digits(1, whole) + r"(?:\." + digits(0, places) + ")?")
    if places:  # .5
        numbers.append(r"\." + digits(1, places))
    return f"^{sign}(?:{'|'.join(numbers)})$"


def digits(fewest: int, most: int) -> str:
    return r"\d{" + f"{fewest},{most}" + "}"


def model_field(field):
    """The model field a ModelSerializer field reads, if any."""
    model = getattr(getattr(field.parent, "Meta", None), "model", None)
    if model is None:
        return None
    try:
        return model._meta.get_field(field.source)
    except FieldDoesNotExist:
        return None


class ErrorSerializer(serializers.Serializer):
    """The body of every error response (apps/core/exceptions.py)."""

    error = serializers.CharField(
        help_text="A snake_case code, such as validation_error or not_found."
    )
    message = serializers.CharField(help_text="What went wrong, in a sentence.")
    # DRF's metaclass pops declared fields off the class: only the type checker
    # sees Serializer.fields under this name.
    fields = serializers.DictField(  # type: ignore[assignment]
        child=serializers.JSONField(),
        help_text="For validation errors, each field's messages; else empty.",
    )


ERRORS = {
    400: "The request is not valid (validation_error, or a business rule).",
    401: "Not signed in, or the token has expired (not_authenticated).",
    403: "Signed in, but not allowed; or the CSRF header is missing.",
    404: "No such row in the request's workspace, or no such page.",
    409: "The request conflicts with the current state, or rows refer to this one.",
    412: "The row changed since the If-Match ETag was read (precondition_failed).",
    429: "Too many requests; wait and retry (throttled).",
}
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
WORKSPACE_PARAMETER = OpenApiParameter(
    WORKSPACE_HEADER,
    # What apps.core.permissions.WORKSPACE_ID reads as an id.
    {"type": "integer", "minimum": 1, "maximum": 10**18 - 1},
    OpenApiParameter.HEADER,
    description=(
        "The id of the workspace this request acts in; you must be a member. "
        "Without it, your active workspace (POST /api/v1/workspaces/{id}/switch/)."
    ),
)


class AutoSchema(BaseAutoSchema):
    """Adds the error responses each operation can give, in the one error shape.

    A view lists further codes in ``extra_error_codes``, such as 409 from a
    service's ApplicationError.
    """

    def get_response_serializers(self):
        # GeneratedModelSerializer validates input and answers with another one.
        serializer = super().get_response_serializers()
        return getattr(serializer, "read_serializer_class", None) or serializer

    def _map_basic_serializer(self, serializer, direction):
        # A field some roles do not receive (field_roles) is not in every response.
        schema = super()._map_basic_serializer(serializer, direction)
        limited = getattr(self.view, "field_roles", {})
        model_serializer = isinstance(serializer, serializers.ModelSerializer)
        if direction == "response" and limited and model_serializer:
            kept = [name for name in schema.pop("required", ()) if name not in limited]
            if kept:
                schema["required"] = kept
        return schema

    def _map_serializer_field(self, field, direction, bypass_extensions=False):
        # DRF drops allow_blank from read-only fields, but a blank=True column
        # reads "" (an email or URL left empty): say so in the response schema.
        column = model_field(field)
        if (
            field.read_only
            and isinstance(field, serializers.CharField | serializers.ChoiceField)
            and column is not None
            and column.blank
        ):
            field.allow_blank = True
        schema = super()._map_serializer_field(field, direction, bypass_extensions)
        if isinstance(field, serializers.DecimalField) and "pattern" in schema:
            schema["pattern"] = decimal_pattern(field)
        return schema

    def _get_serializer_field_meta(self, field, direction):
        # A choice field with transitions says which changes an update may make,
        # and a field not every role reads says which do.
        meta = super()._get_serializer_field_meta(field, direction)
        table = getattr(field.parent, "transitions", {}).get(field.field_name)
        if table and direction == "request":
            meta["description"] = " ".join(
                filter(None, [meta.get("description"), changes(table)])
            )
        roles = getattr(self.view, "field_roles", {}).get(field.field_name)
        column = model_field(field)
        if roles and direction == "response" and column is not None:
            readers = f"Only these roles receive it: {', '.join(roles)}."
            meta["description"] = " ".join(
                filter(None, [meta.get("description"), readers])
            )
        return meta

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if isinstance(self.view, WorkspaceScopedMixin):
            return [*parameters, WORKSPACE_PARAMETER]
        return parameters

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        operation = super().get_operation(
            path, path_regex, path_prefix, method, registry
        )
        if operation is None:
            return None
        error = self.resolve_serializer(ErrorSerializer, "response").ref
        for code in sorted(self.error_codes(operation)):
            operation["responses"].setdefault(
                str(code),
                {
                    "description": ERRORS[code],
                    "content": {"application/json": {"schema": error}},
                },
            )
        return operation

    def error_codes(self, operation: dict) -> set[int]:
        codes = set(getattr(self.view, "extra_error_codes", ()))
        parameters = operation.get("parameters", ())
        queried = any(p["in"] == "query" for p in parameters)
        headed = any(p["in"] == "header" for p in parameters)
        if "requestBody" in operation or queried or headed:
            codes.add(400)
        if any("{" in part for part in self.path.split("/")) or queried:
            codes.add(404)  # an unknown id, or a page past the last one
        public = all(isinstance(p, AllowAny) for p in self.view.get_permissions())
        if not public:
            codes |= {401, 403}
        elif self.method in UNSAFE_METHODS and self.view.get_authenticators():
            codes.add(403)  # CSRF
        if any(p["in"] == "header" and p["name"] == "If-Match" for p in parameters):
            codes.add(412)
        if getattr(self.view, "throttle_scope", None):
            codes.add(429)
        if self.method == "DELETE" and is_protected(self.view):
            codes.add(409)  # rows of a protect or restrict relation point at it
        return codes


def changes(table: dict[str, tuple[str, ...]]) -> str:
    """A transitions table in words: ``...: todo → doing, done; done: final.``"""
    steps = [
        f"{value} → {', '.join(allowed)}" if allowed else f"{value}: final"
        for value, allowed in table.items()
    ]
    return f"Changes an update may make: {'; '.join(steps)}."


def is_protected(view) -> bool:
    """Can a protect or restrict relation keep the view's rows from deletion?"""
    queryset = getattr(view, "queryset", None)
    if queryset is None:
        return False
    return any(
        relation.on_delete in (models.PROTECT, models.RESTRICT)
        for relation in queryset.model._meta.related_objects
    )


class CookieJWTScheme(OpenApiAuthenticationExtension):
    """The access token in the httpOnly cookie (browsers) or the Bearer header."""

    target_class = "apps.users.authentication.CookieJWTAuthentication"
    name = ["cookieAuth", "bearerAuth"]
    priority = 1  # before drf-spectacular's own one for simplejwt

    def get_security_definition(self, auto_schema):
        cookie = {
            "type": "apiKey",
            "in": "cookie",
            "name": settings.AUTH_COOKIE_ACCESS,
            "description": (
                "Set by POST /api/v1/auth/login/. Unsafe methods (POST, PUT, "
                "PATCH, DELETE) also need the X-CSRFToken header, equal to the "
                "csrftoken cookie that GET /api/v1/auth/csrf/ sets."
            ),
        }
        bearer = build_bearer_security_scheme_object(
            header_name="HTTP_AUTHORIZATION", token_prefix="Bearer", bearer_format="JWT"
        )
        return [cookie, bearer]

    def get_security_requirement(self, auto_schema):
        # Either one signs a request in: two requirements, not one that needs both.
        return [{name: []} for name in self.name]


class SummaryFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "apps.core.serializers.SummaryField"
    match_subclasses = True

    def map_serializer_field(self, auto_schema, direction):
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {
                "id": {"type": "integer", "readOnly": True},
                "display": {"type": "string", "readOnly": True},
            },
            "required": ["id", "display"],
        }
        if self.nullable():
            schema["nullable"] = True
        return schema

    def nullable(self) -> bool:
        """An optional relation reads null; so may a subclass's representation."""
        field = self.target
        hints = get_type_hints(type(field).to_representation)
        if field.allow_null or type(None) in get_args(hints.get("return")):
            return True
        column = model_field(field)
        return column is not None and column.null


NO_BODY = OpenApiResponse(description="No response body.")
TOKENS = inline_serializer(
    "TokenPair",
    {"access": serializers.CharField(), "refresh": serializers.CharField()},
)


def describe(view, *, extra_error_codes=(), **schema):
    """``view`` described: the account views have no serializer_class to read."""
    described = extend_schema(**schema)(
        type(view.__name__, (view,), {"extra_error_codes": extra_error_codes})
    )
    described.__doc__ = view.__doc__
    return described


class CsrfViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.CsrfView"

    def view_replacement(self):
        return describe(
            self.target,
            responses=inline_serializer(
                "CsrfToken", {"csrf_token": serializers.CharField()}
            ),
        )


class RegisterViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.RegisterView"

    def view_replacement(self):
        return describe(
            self.target,
            extra_error_codes=(403,),
            request=RegisterSerializer,
            responses={201: ProfileSerializer},
        )


class LoginViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.LoginView"

    def view_replacement(self):
        return describe(
            self.target,
            extra_error_codes=(401, 403, 429),
            request=LoginSerializer,
            responses=ProfileSerializer,
        )


class TokenViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.TokenView"

    def view_replacement(self):
        return describe(self.target, extra_error_codes=(401, 429))


class RefreshViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.RefreshView"

    def view_replacement(self):
        return describe(
            self.target,
            extra_error_codes=(401,),
            request=RefreshSerializer,
            responses={
                200: OpenApiResponse(
                    TOKENS, description="A refresh token in the body: new tokens."
                ),
                204: OpenApiResponse(
                    description="From the cookie: new tokens in the cookies."
                ),
            },
        )


class LogoutViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.LogoutView"

    def view_replacement(self):
        return describe(
            self.target,
            extra_error_codes=(403,),
            request=RefreshSerializer,
            responses={204: NO_BODY},
        )


class MeViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.MeView"

    def view_replacement(self):
        return describe(
            self.target, request=ProfileSerializer, responses=ProfileSerializer
        )


class PasswordChangeViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.PasswordChangeView"

    def view_replacement(self):
        return describe(
            self.target, request=PasswordChangeSerializer, responses={204: NO_BODY}
        )


class PasswordResetViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.PasswordResetView"

    def view_replacement(self):
        return describe(
            self.target,
            request=PasswordResetSerializer,
            responses={
                202: OpenApiResponse(
                    description="An email is on its way, if the address has an account."
                )
            },
        )


class PasswordResetConfirmViewSchema(OpenApiViewExtension):
    target_class = "apps.users.views.PasswordResetConfirmView"

    def view_replacement(self):
        return describe(
            self.target,
            request=PasswordResetConfirmSerializer,
            responses={204: NO_BODY},
        )


class AcceptInvitationViewSchema(OpenApiViewExtension):
    target_class = "apps.users.workspaces.AcceptInvitationView"

    def view_replacement(self):
        return describe(
            self.target,
            extra_error_codes=(404,),
            request=InvitationAcceptSerializer,
            responses=ProfileSerializer,
        )


class SchemaQueryset(GenericAPIView):
    """The schema is built without a signed-in user: the model's rows, none of them."""

    def get_queryset(self) -> QuerySet:
        serializer_class: Any = self.get_serializer_class()
        return serializer_class.Meta.model.objects.none()


def describe_viewset(viewset, *, extra_error_codes=(), **actions):
    described = type(
        viewset.__name__,
        (SchemaQueryset, viewset),
        {"extra_error_codes": extra_error_codes, "__doc__": viewset.__doc__},
    )
    return extend_schema_view(**actions)(described) if actions else described


class WorkspaceViewSetSchema(OpenApiViewExtension):
    target_class = "apps.users.workspaces.WorkspaceViewSet"

    def view_replacement(self):
        return describe_viewset(
            self.target,
            switch=extend_schema(request=None, responses=ProfileSerializer),
        )


class MemberViewSetSchema(OpenApiViewExtension):
    target_class = "apps.users.workspaces.MemberViewSet"

    def view_replacement(self):
        return describe_viewset(self.target, extra_error_codes=(409,))


class InvitationViewSetSchema(OpenApiViewExtension):
    target_class = "apps.users.workspaces.InvitationViewSet"

    def view_replacement(self):
        created = inline_serializer(
            "InvitationCreated",
            {
                **InvitationSerializer().get_fields(),
                "token": serializers.CharField(
                    required=False,
                    help_text="Only when invitations are not emailed: pass it on.",
                ),
            },
        )
        return describe_viewset(
            self.target,
            extra_error_codes=(409,),
            create=extend_schema(
                request=InvitationSerializer, responses={201: created}
            ),
        )


class SchemaContentNegotiation(DefaultContentNegotiation):
    """The schema's ``?format=json`` (or ``yaml``).

    The API itself reads no ``?format=`` (URL_FORMAT_OVERRIDE is None), so that a
    field named ``format`` can be filtered by; the schema has no such field.
    """

    def select_renderer(self, request, renderers, format_suffix=None):
        wanted = format_suffix or request.query_params.get("format")
        return super().select_renderer(request, renderers, wanted)
