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

from apps.audit.views import AuditLogViewSet
from apps.core.schema import SchemaContentNegotiation
from apps.note.views import NoteViewSet
from apps.patient.views import PatientViewSet
from apps.visit.views import VisitViewSet

router = DefaultRouter(trailing_slash=True)
router.register("patients", PatientViewSet, basename="patient")
router.register("visits", VisitViewSet, basename="visit")
router.register("notes", NoteViewSet, basename="note")
router.register("audit-log", AuditLogViewSet, basename="audit_log")

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
