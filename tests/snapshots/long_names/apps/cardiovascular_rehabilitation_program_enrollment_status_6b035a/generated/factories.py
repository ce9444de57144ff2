import factory

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.users.factories import WorkspaceFactory


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory(
    factory.django.DjangoModelFactory[
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
    ],
):
    """Valid cardiovascular rehabilitation program enrollment status change logs."""

    workspace = factory.SubFactory(WorkspaceFactory)
    note = factory.Sequence(lambda n: f"note-{n}")
    scanned_referral_letter_from_the_general_practitioner = factory.django.FileField(
        filename="scanned_referral_letter_from_the_general_practitioner.txt",
        data=b"sample",
    )
    authorization_request = factory.SubFactory(
        "apps.patient_insurance_authorization_request.generated.factories.PatientInsuranceAuthorizationRequestFactory",
        workspace=factory.SelfAttribute("..workspace"),
    )

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        skip_postgeneration_save = True

    @factory.post_generation
    def previous_entries(self, create, extracted, **kwargs):
        if create and extracted:
            self.previous_entries.set(extracted)
