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

from apps.audit.views import AuditLogViewSet
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.views import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSet,
)
from apps.core.schema import SchemaContentNegotiation
from apps.core.uploads import FileView
from apps.patient_insurance_authorization_request_with_a_very_long_894991.views import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSet,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.views import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSet,
)

router = DefaultRouter(trailing_slash=True)
router.register(
    "reference-code-for-cardiovascular-rehabilitation-programs-in-clinics",
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSet,
    basename="reference_code_for_cardiovascular_rehabilitation_programs_in_clinic",
)
router.register(
    "cardiovascular-rehabilitation-program-enrollment-status-change-logs",
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSet,
    basename="cardiovascular_rehabilitation_program_enrollment_status_change_log",
)
router.register(
    "patient-insurance-authorization-request-with-a-very-long-name-indeed-xes",
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSet,
    basename="patient_insurance_authorization_request_with_a_very_long_name_indeed_x",
)
router.register("audit-log", AuditLogViewSet, basename="audit_log")

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
