"""One error type for business rules, and one handler that formats every API error.

Every error response has the same shape::

    {"error": "snake_case_code", "message": "Human readable.", "fields": {...}}

``fields`` maps field names to their messages for validation errors and is empty
otherwise.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404
from psycopg import errors
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

# What PostgreSQL refuses when two requests change the same rows at once.
RACES = (errors.UniqueViolation, errors.ForeignKeyViolation)


class ApplicationError(Exception):
    """Raise from services when a business rule refuses an operation."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "application_error",
        status_code: int = status.HTTP_400_BAD_REQUEST,
        fields: dict | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.status_code = status_code
        self.fields = fields or {}


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"error": code, "message": message, "fields": fields or {}}


def exception_handler(exc, context):
    if isinstance(exc, ProtectedError | RestrictedError):
        exc = still_referenced(exc)
    elif isinstance(exc, IntegrityError) and isinstance(exc.__cause__, RACES):
        # A write that raced another request, such as one that deleted a row this
        # one refers to, between the checks and the write. Other integrity errors
        # (a check or not-null constraint) are bugs: they stay a 500.
        logger.warning("Refused by the database: %s", exc, exc_info=exc)
        exc = ApplicationError(
            "The request conflicts with a change made at the same time; "
            "reload and try again.",
            code="conflict",
            status_code=status.HTTP_409_CONFLICT,
        )
    if isinstance(exc, ApplicationError):
        return Response(
            error_body(exc.code, exc.message, exc.fields), status=exc.status_code
        )
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None

    if isinstance(exc, exceptions.ValidationError):
        fields = (
            exc.detail
            if isinstance(exc.detail, dict)
            else {"non_field_errors": exc.detail}
        )
        response.data = error_body(
            "validation_error", "The request data is not valid.", fields
        )
    elif isinstance(exc.detail, dict):
        # simplejwt's errors: {"detail": ..., "code": ..., "messages": [...]}.
        detail = exc.detail
        response.data = error_body(
            str(detail.get("code", exc.default_code)),
            str(detail.get("detail", exc.default_detail)),
        )
    else:
        code = getattr(exc.detail, "code", None) or exc.default_code
        response.data = error_body(str(code), str(exc.detail))
    return response


def still_referenced(error: ProtectedError | RestrictedError) -> ApplicationError:
    """409 naming the rows whose protecting relation keeps this one."""
    if isinstance(error, ProtectedError):
        blocking = error.protected_objects
    else:
        blocking = error.restricted_objects
    models = sorted({row._meta for row in blocking}, key=lambda meta: meta.label)
    names = ", ".join(str(meta.verbose_name_plural) for meta in models)
    return ApplicationError(
        f"This row cannot be deleted while {names} refer to it; "
        "delete them or point them elsewhere first.",
        code=f"referenced_by_{models[0].model_name}",
        status_code=status.HTTP_409_CONFLICT,
    )
