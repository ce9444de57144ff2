import pytest
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404
from psycopg import errors
from rest_framework import exceptions, status
from rest_framework_simplejwt.exceptions import InvalidToken

from apps.core.exceptions import ApplicationError, exception_handler
from apps.users.models import Membership, Workspace


def handle(exc) -> tuple[int, dict]:
    response = exception_handler(exc, {})
    return response.status_code, response.data


def test_application_error_keeps_its_code_status_and_fields():
    error = ApplicationError(
        "The project is archived.",
        code="project_archived",
        status_code=status.HTTP_409_CONFLICT,
        fields={"project": ["Archived."]},
    )
    assert handle(error) == (
        status.HTTP_409_CONFLICT,
        {
            "error": "project_archived",
            "message": "The project is archived.",
            "fields": {"project": ["Archived."]},
        },
    )


def test_validation_errors_list_their_fields():
    code, body = handle(exceptions.ValidationError({"title": ["Too short."]}))
    assert code == status.HTTP_400_BAD_REQUEST
    assert body["error"] == "validation_error"
    assert body["fields"] == {"title": ["Too short."]}


def test_django_validation_errors_use_the_same_format():
    code, body = handle(DjangoValidationError({"title": "Too short."}))
    assert code == status.HTTP_400_BAD_REQUEST
    assert body["fields"] == {"title": ["Too short."]}


@pytest.mark.parametrize(
    ("exc", "expected_status", "expected_code"),
    [
        (Http404(), status.HTTP_404_NOT_FOUND, "not_found"),
        (
            exceptions.NotAuthenticated(),
            status.HTTP_401_UNAUTHORIZED,
            "not_authenticated",
        ),
        (exceptions.PermissionDenied(), status.HTTP_403_FORBIDDEN, "permission_denied"),
        (exceptions.Throttled(wait=5), status.HTTP_429_TOO_MANY_REQUESTS, "throttled"),
    ],
)
def test_other_errors_have_a_snake_case_code_and_a_message(
    exc, expected_status, expected_code
):
    code, body = handle(exc)
    assert code == expected_status
    assert body["error"] == expected_code
    assert body["message"]
    assert body["fields"] == {}


def test_unexpected_errors_are_left_to_django():
    assert exception_handler(RuntimeError("boom"), {}) is None


def test_a_detail_dict_gives_its_message_not_its_repr():
    # simplejwt's errors carry {"detail": ..., "code": ..., "messages": [...]}.
    code, body = handle(InvalidToken({"detail": "Expired.", "messages": []}))
    assert (code, body) == (
        status.HTTP_401_UNAUTHORIZED,
        {"error": "token_not_valid", "message": "Expired.", "fields": {}},
    )


@pytest.mark.parametrize("error_class", [ProtectedError, RestrictedError])
def test_a_delete_refused_by_a_relation_is_a_conflict_naming_the_rows(error_class):
    blocking = {Workspace(pk=1), Membership(pk=1), Membership(pk=2)}
    code, body = handle(error_class("Cannot delete.", blocking))
    assert (code, body) == (
        status.HTTP_409_CONFLICT,
        {
            "error": "referenced_by_membership",
            "message": "This row cannot be deleted while memberships, workspaces "
            "refer to it; delete them or point them elsewhere first.",
            "fields": {},
        },
    )


def raised_by_postgresql(error: Exception) -> IntegrityError:
    try:
        raise IntegrityError("refused") from error
    except IntegrityError as integrity_error:
        return integrity_error


@pytest.mark.parametrize(
    "cause",
    [errors.UniqueViolation, errors.ForeignKeyViolation],
    ids=["unique", "foreign_key"],
)
def test_a_write_that_raced_another_is_a_conflict(cause):
    code, body = handle(raised_by_postgresql(cause("refused")))
    assert (code, body) == (
        status.HTTP_409_CONFLICT,
        {
            "error": "conflict",
            "message": "The request conflicts with a change made at the same "
            "time; reload and try again.",
            "fields": {},
        },
    )


def test_other_integrity_errors_are_bugs_left_to_django():
    error = raised_by_postgresql(errors.CheckViolation("refused"))
    assert exception_handler(error, {}) is None
