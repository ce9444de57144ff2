"""Version 1 of the API: accounts and workspaces,
then one route per entity
whose genome `api` is not `none`."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from apps.audit.views import AuditLogViewSet
from apps.contact.views import ContactViewSet
from apps.core.uploads import FileView
from apps.meeting.views import MeetingViewSet
from apps.profile.views import ProfileViewSet

router = DefaultRouter(trailing_slash=True)
router.register("profiles", ProfileViewSet, basename="profile")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("contacts", ContactViewSet, basename="contact")
router.register("audit-log", AuditLogViewSet, basename="audit_log")

urlpatterns = [
    path("", include("apps.users.urls")),
    path("files/<str:entity>/<int:pk>/<str:field>/", FileView.as_view(), name="file"),
    *router.urls,
]
