"""JSON answers for the errors Django handles itself: malformed requests (such as
more query parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS), refusals outside DRF,
unknown URLs and crashes."""

from django.http import JsonResponse

from apps.core.exceptions import error_body


def bad_request(request, exception=None) -> JsonResponse:
    message = "The request is malformed or too large; check its query and body."
    return JsonResponse(error_body("bad_request", message), status=400)


def permission_denied(request, exception=None) -> JsonResponse:
    message = "You are not allowed to do this."
    return JsonResponse(error_body("permission_denied", message), status=403)


def not_found(request, exception=None) -> JsonResponse:
    return JsonResponse(
        error_body("not_found", "There is nothing at this URL."), status=404
    )


def server_error(request) -> JsonResponse:
    message = "Something went wrong on our side; it has been logged."
    return JsonResponse(error_body("server_error", message), status=500)
