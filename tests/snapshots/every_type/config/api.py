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

from apps.booking.views import BookingViewSet
from apps.category.views import CategoryViewSet
from apps.core.schema import SchemaContentNegotiation
from apps.core.uploads import FileView
from apps.owner.views import OwnerViewSet
from apps.specimen.views import SpecimenViewSet

router = DefaultRouter(trailing_slash=True)
router.register("categories", CategoryViewSet, basename="category")
router.register("owners", OwnerViewSet, basename="owner")
router.register("specimens", SpecimenViewSet, basename="specimen")
router.register("bookings", BookingViewSet, basename="booking")

urlpatterns = [
    path("", include("apps.users.urls")),
    path("files/<str:entity>/<int:pk>/<str:field>/", FileView.as_view(), name="file"),
    path(
        "schema/",
        SpectacularAPIView.as_view(content_negotiation_class=SchemaContentNegotiation),
        name="schema",
    ),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    *router.urls,
]
