from apps.category.generated.filters import CategoryFilterSet
from apps.category.models import Category
from apps.category.serializers import CategorySerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet


class CategoryViewSetBase(ETagViewSetMixin, SharedModelViewSet):
    """/api/v1/categories/: categories shared by every workspace; members read, staff write."""

    queryset = Category.objects.all()
    serializer_class = CategorySerializer
    filterset_class = CategoryFilterSet
    search_fields = ("name",)
    ordering_fields = ("name", "created_at", "updated_at")
