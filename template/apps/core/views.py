"""JSON answers for the errors Django handles itself (unknown URLs, crashes)."""

from django.http import JsonResponse

from apps.core.exceptions import error_body


def not_found(request, exception=None) -> JsonResponse:
    return JsonResponse(
        error_body("not_found", "There is nothing at this URL."), status=404
    )


def server_error(request) -> JsonResponse:
    message = "Something went wrong on our side; it has been logged."
    return JsonResponse(error_body("server_error", message), status=500)
