from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.specimen.generated.filters import SpecimenFilterSet
from apps.specimen.generated.permissions import ROLE_PERMISSIONS
from apps.specimen.models import Specimen
from apps.specimen.serializers import SpecimenSerializer


class SpecimenViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/specimens/: list, retrieve, create, update and delete specimens of the request's workspace."""

    queryset = Specimen.objects.select_related(
        "category",
        "owner",
        "keeper",
        "curator",
        "twin",
        "parent",
    ).prefetch_related("reviewers", "related", "owners")
    serializer_class = SpecimenSerializer
    filterset_class = SpecimenFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("label", "contact")
    ordering_fields = (
        "label",
        "last_login_ip",
        "count",
        "price",
        "born_on",
        "created_at",
        "updated_at",
    )
