from apps.audit.mixins import AuditedViewSetMixin
from apps.contact.generated.filters import ContactFilterSet
from apps.contact.generated.permissions import ROLE_PERMISSIONS
from apps.contact.models import Contact
from apps.contact.serializers import ContactSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class ContactViewSetBase(
    ETagViewSetMixin,
    AuditedViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/contacts/: list, retrieve, create, update and delete contacts of the request's workspace."""

    queryset = Contact.objects.all()
    serializer_class = ContactSerializer
    filterset_class = ContactFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
