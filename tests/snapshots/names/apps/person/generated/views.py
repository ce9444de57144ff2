from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.person.generated.filters import PersonFilterSet
from apps.person.generated.permissions import ROLE_PERMISSIONS
from apps.person.models import Person
from apps.person.serializers import PersonSerializer


class PersonViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/people/: list, retrieve, create, update and delete people of the request's workspace."""

    queryset = Person.objects.all()
    serializer_class = PersonSerializer
    filterset_class = PersonFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
