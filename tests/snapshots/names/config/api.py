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

from apps.analysis.views import AnalysisViewSet
from apps.child.views import ChildViewSet
from apps.core.schema import SchemaContentNegotiation
from apps.group.views import GroupViewSet
from apps.json.views import JsonViewSet
from apps.order.views import OrderViewSet
from apps.person.views import PersonViewSet
from apps.status.views import StatusViewSet
from apps.test_app.views import TestViewSet

router = DefaultRouter(trailing_slash=True)
router.register("orders", OrderViewSet, basename="order")
router.register("groups", GroupViewSet, basename="group")
router.register("people", PersonViewSet, basename="person")
router.register("children", ChildViewSet, basename="child")
router.register("statuses", StatusViewSet, basename="status")
router.register("analyses", AnalysisViewSet, basename="analysis")
router.register("jsons", JsonViewSet, basename="json")
router.register("tests", TestViewSet, basename="test")

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
