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

from apps.another_extremely_long_entity_name.views import (
    AnotherExtremelyLongEntityNameViewSet,
)
from apps.blood_pressure_measurement_schedu.views import (
    BloodPressureMeasurementScheduViewSet,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.views import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSet,
)
from apps.core.schema import SchemaContentNegotiation
from apps.core.uploads import FileView
from apps.patient_insurance_authorization_request.views import (
    PatientInsuranceAuthorizationRequestViewSet,
)

router = DefaultRouter(trailing_slash=True)
router.register(
    "another-extremely-long-entity-names",
    AnotherExtremelyLongEntityNameViewSet,
    basename="another_extremely_long_entity_name",
)
router.register(
    "blood-pressure-measurement-schedus",
    BloodPressureMeasurementScheduViewSet,
    basename="blood_pressure_measurement_schedu",
)
router.register(
    "patient-insurance-authorization-requests",
    PatientInsuranceAuthorizationRequestViewSet,
    basename="patient_insurance_authorization_request",
)
router.register(
    "cardiovascular-rehabilitation-program-enrollment-status-change-logs",
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSet,
    basename="cardiovascular_rehabilitation_program_enrollment_status_change_log",
)

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
