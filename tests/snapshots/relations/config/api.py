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

from apps.core.schema import SchemaContentNegotiation
from apps.country.views import CountryViewSet
from apps.employee.views import EmployeeViewSet
from apps.team.views import TeamViewSet
from apps.transfer.views import TransferViewSet

router = DefaultRouter(trailing_slash=True)
router.register("countries", CountryViewSet, basename="country")
router.register("teams", TeamViewSet, basename="team")
router.register("employees", EmployeeViewSet, basename="employee")
router.register("transfers", TransferViewSet, basename="transfer")

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
