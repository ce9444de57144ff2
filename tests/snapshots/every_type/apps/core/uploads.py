"""Uploads: stored under a random directory, served only to who may read the row.

Files are never served straight from MEDIA_ROOT. The API gives a file's URL as
``/api/v1/files/<app>/<id>/<field>/``, and ``FileView`` answers it only to a
member of the row's workspace whose role may read the entity. It then hands the
file to nginx (``X-Accel-Redirect`` to its ``internal`` location, when
``MEDIA_ACCEL_REDIRECT`` is set, as in the containers) or, without nginx, sends it
itself. A file is never shown as a page of the site: it downloads as an attachment
unless it is an image type browsers cannot run, and it is never sniffed.
"""

import mimetypes
import posixpath
import uuid
from importlib import import_module
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import FileResponse, Http404, HttpResponse
from django.http.response import HttpResponseBase
from django.urls import reverse
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.views import APIView

from apps.core.models import WorkspaceScopedModel
from apps.users.models import Membership

# Shown in the browser; anything else downloads. No SVG: it can hold scripts.
INLINE_TYPES = frozenset({"image/png", "image/jpeg", "image/gif", "image/webp"})


@deconstructible
class RandomDirectory:
    """``upload_to``: ``<prefix><32 random hex digits>/<the file's name>``."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def __call__(self, instance, filename: str) -> str:
        return f"{self.prefix}{uuid.uuid4().hex}/{filename}"

    def __eq__(self, other) -> bool:
        return isinstance(other, RandomDirectory) and other.prefix == self.prefix


def file_url(value) -> str:
    """The path of ``FileView`` for a stored file (a ``FieldFile``)."""
    row = value.instance
    kwargs = {"entity": row._meta.app_label, "pk": row.pk, "field": value.field.name}
    return reverse("file", kwargs=kwargs)


class PrivateFileField(serializers.FileField):
    """A file as the API shows it: the URL of the view that checks who asks."""

    def to_representation(self, value) -> str | None:
        if not value:
            return None
        url = file_url(value)
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request is not None else url


def send_file(stored) -> HttpResponseBase:
    """The response that sends a stored file, to whoever the caller has allowed.

    nginx sends the bytes when ``MEDIA_ACCEL_REDIRECT`` is set, else Django does.
    The file downloads unless it is a safe image type, and is never sniffed.
    """
    name = posixpath.basename(stored.name)
    guessed, _ = mimetypes.guess_type(name)
    inline = guessed in INLINE_TYPES
    content_type = guessed if inline and guessed else "application/octet-stream"
    response: HttpResponseBase
    if settings.MEDIA_ACCEL_REDIRECT:
        response = HttpResponse(content_type=content_type)
        location = settings.MEDIA_ACCEL_REDIRECT + quote(stored.name)
        response["X-Accel-Redirect"] = location
        disposition = content_disposition_header(not inline, name)
        response["Content-Disposition"] = disposition or "attachment"
    else:
        response = FileResponse(
            stored.open("rb"),
            as_attachment=not inline,
            filename=name,
            content_type=content_type,
        )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


class FileView(APIView):
    """``GET /api/v1/files/<app>/<id>/<field>/``: one row's file, to its readers."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        responses=OpenApiResponse(
            OpenApiTypes.BINARY,
            description="The file: an attachment, unless it is a PNG, JPEG, GIF or "
            "WebP image. 404 for a row the user may not read.",
        )
    )
    def get(self, request, entity: str, pk: int, field: str):
        row, stored = self.file_of(entity, pk, field)
        if isinstance(row, WorkspaceScopedModel) and not self.may_read(request, row):
            raise Http404  # Another workspace's row does not exist.
        return send_file(stored)

    def file_of(self, entity: str, pk: int, field: str):
        try:
            (model,) = apps.get_app_config(entity).get_models()
            column = model._meta.get_field(field)
        except (LookupError, ValueError, FieldDoesNotExist):
            raise Http404 from None
        if not isinstance(column, models.FileField):
            raise Http404
        # The default manager: a soft-deleted row's file is gone with it.
        row = model._default_manager.filter(pk=pk).first()
        stored = getattr(row, field, None)
        if not stored:
            raise Http404
        return row, stored

    def may_read(self, request, row) -> bool:
        """A member of the row's workspace whose role may retrieve the entity's rows,
        or this one: the user owns it and the role may retrieve its own rows."""
        role = (
            Membership.objects.filter(user=request.user, workspace_id=row.workspace_id)
            .values_list("role", flat=True)
            .first()
        )
        module = import_module(f"apps.{row._meta.app_label}.generated.permissions")
        if role is None:
            return False
        if role in module.ROLE_PERMISSIONS["retrieve"]:
            return True
        # Only an entity with an owner has OWN_ROLE_PERMISSIONS and OWNER_FIELD.
        own = getattr(module, "OWN_ROLE_PERMISSIONS", {}).get("retrieve", ())
        if role not in own:
            return False
        return getattr(row, f"{module.OWNER_FIELD}_id") == request.user.pk
