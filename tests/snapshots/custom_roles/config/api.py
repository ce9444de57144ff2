"""Version 1 of the API: accounts and workspaces,
the OpenAPI schema and its docs, then one route per entity
whose genome `api` is not `none`."""

from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerView,
)
from rest_framework.routers import DefaultRouter

from apps.audit_entry.views import AuditEntryViewSet
from apps.case_note.views import CaseNoteViewSet
from apps.core.schema import SchemaContentNegotiation
from apps.shift.views import ShiftViewSet
from apps.ward.views import WardViewSet

router = DefaultRouter(trailing_slash=True)
router.register("wards", WardViewSet, basename="ward")
router.register("shifts", ShiftViewSet, basename="shift")
router.register("case-notes", CaseNoteViewSet, basename="case_note")
router.register("audit-entries", AuditEntryViewSet, basename="audit_entry")

urlpatterns = [
    path("", include("apps.users.urls")),
    path(
        "schema/",
        SpectacularAPIView.as_view(content_negotiation_class=SchemaContentNegotiation),
        name="schema",
    ),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    *router.urls,
]
