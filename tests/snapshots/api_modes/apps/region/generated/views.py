from apps.core.shared import SharedReadOnlyModelViewSet
from apps.region.generated.filters import RegionFilterSet
from apps.region.models import Region
from apps.region.serializers import RegionSerializer


class RegionViewSetBase(SharedReadOnlyModelViewSet):
    """/api/v1/regions/: regions shared by every workspace; read only."""

    queryset = Region.objects.all()
    serializer_class = RegionSerializer
    filterset_class = RegionFilterSet
    search_fields = ("name",)
    ordering_fields = ("created_at", "updated_at")
