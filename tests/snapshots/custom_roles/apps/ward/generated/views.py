from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet
from apps.ward.generated.filters import WardFilterSet
from apps.ward.models import Ward
from apps.ward.serializers import WardSerializer


class WardViewSetBase(ETagViewSetMixin, SharedModelViewSet):
    """/api/v1/wards/: wards shared by every workspace; members read, staff write."""

    queryset = Ward.objects.all()
    serializer_class = WardSerializer
    filterset_class = WardFilterSet
    search_fields = ("name",)
    ordering_fields = ("created_at", "updated_at")
