"""Optimistic concurrency: a row's ETag, and ``If-Match`` on its writes.

Every response with one row (read, created or changed) carries its ``ETag``, from
the row's ``updated_at``.
A client that sends it back as ``If-Match`` on ``PUT``, ``PATCH`` or ``DELETE``
changes the row only if nobody changed it since: otherwise the answer is 412 and
the row is left as it is. Without ``If-Match`` the write goes through, as before.
"""

from typing import TYPE_CHECKING

from django.db import transaction
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status

from apps.core.exceptions import ApplicationError

if TYPE_CHECKING:
    # What the mixin goes before; at run time it stays a plain mixin.
    from rest_framework.viewsets import ModelViewSet as ViewSetBase
else:
    ViewSetBase = object

WRITES = frozenset({"PUT", "PATCH", "DELETE"})
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The row's ETag as you read it: the write happens only if nobody "
    "changed the row since, else 412 precondition_failed.",
)


def etag_header(status_code: int) -> OpenApiParameter:
    """The ``ETag`` response header of the answer with ``status_code``."""
    return OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        description="The row's version: send it back as If-Match to change the row "
        "only if nobody changed it since.",
        response=[status_code],
    )


ETAG = etag_header(status.HTTP_200_OK)
ETAG_CREATED = etag_header(status.HTTP_201_CREATED)


def etag(updated_at) -> str:
    """A strong entity tag: the row's version is its last-changed time."""
    return f'"{updated_at.timestamp():.6f}"'


def matches(if_match: str, current: str) -> bool:
    """RFC 9110 If-Match: ``*``, or one of the listed tags compared strongly."""
    tags = [tag.strip() for tag in if_match.split(",")]
    return "*" in tags or current in tags


class ETagViewSetMixin(ViewSetBase):
    """``ETag`` on retrieve, create and update; ``If-Match`` checked before a write."""

    def conditional_write(self) -> bool:
        return self.request.method in WRITES and "If-Match" in self.request.headers

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.conditional_write() and transaction.get_connection().in_atomic_block:
            # The row is read locked, until the write commits: the version compared
            # is the one written, and no other write slips in between. update and
            # destroy run in a transaction; so should an action of yours that writes.
            return queryset.select_for_update(of=("self",))
        return queryset

    def get_object(self):
        row = super().get_object()
        if_match = self.request.headers.get("If-Match", "")
        if self.conditional_write() and not matches(if_match, etag(row.updated_at)):
            raise ApplicationError(
                "The row changed since you read it: read it again, then retry "
                "with its new ETag.",
                code="precondition_failed",
                status_code=status.HTTP_412_PRECONDITION_FAILED,
            )
        if self.request.method in {"GET", "HEAD"}:
            self.headers["ETag"] = etag(row.updated_at)
        return row

    @extend_schema(parameters=[ETAG])
    def retrieve(self, request, *args, **kwargs):
        return super().retrieve(request, *args, **kwargs)

    @extend_schema(parameters=[ETAG_CREATED])
    def create(self, request, *args, **kwargs):
        return super().create(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH, ETAG])
    @transaction.atomic
    def update(self, request, *args, **kwargs):
        return super().update(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH, ETAG])
    def partial_update(self, request, *args, **kwargs):
        return super().partial_update(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH])
    @transaction.atomic
    def destroy(self, request, *args, **kwargs):
        return super().destroy(request, *args, **kwargs)

    def perform_create(self, serializer) -> None:
        super().perform_create(serializer)
        self.headers["ETag"] = etag(serializer.instance.updated_at)

    def perform_update(self, serializer) -> None:
        super().perform_update(serializer)
        self.headers["ETag"] = etag(serializer.instance.updated_at)
