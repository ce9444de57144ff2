"""Version 1 of the API: accounts and workspaces,
then one route per entity
whose genome `api` is not `none`."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from apps.currency.views import CurrencyViewSet
from apps.ledger.views import LedgerViewSet
from apps.region.views import RegionViewSet
from apps.report.views import ReportViewSet

router = DefaultRouter(trailing_slash=True)
router.register("ledgers", LedgerViewSet, basename="ledger")
router.register("reports", ReportViewSet, basename="report")
router.register("currencies", CurrencyViewSet, basename="currency")
router.register("regions", RegionViewSet, basename="region")

urlpatterns = [
    path("", include("apps.users.urls")),
    *router.urls,
]
