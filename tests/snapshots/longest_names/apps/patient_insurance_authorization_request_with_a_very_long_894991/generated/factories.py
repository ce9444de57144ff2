import factory

from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)
from apps.users.factories import UserFactory, WorkspaceFactory


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory(
    factory.django.DjangoModelFactory[
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX
    ],
):
    """Valid patient insurance authorization request with a very long name indeed xes."""

    workspace = factory.SubFactory(WorkspaceFactory)
    reference = factory.Sequence(lambda n: f"reference-{n}")
    subject = factory.SubFactory(UserFactory)

    class Meta:
        model = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX
