import factory

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.users.factories import UserFactory, WorkspaceFactory


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory(
    factory.django.DjangoModelFactory[
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
    ],
):
    """Valid cardiovascular rehabilitation program enrollment status change logs; ``full=True`` also fills optional relations."""

    workspace = factory.SubFactory(WorkspaceFactory)
    note = factory.Sequence(lambda n: f"note-{n}")
    state = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.State.A
    attachment = factory.django.FileField(filename="attachment.txt", data=b"sample")
    tags = factory.List(["alpha", "beta"])
    shared = factory.SubFactory(
        "apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.factories.ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory",
    )

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        skip_postgeneration_save = True

    class Params:
        full = factory.Trait(
            owner=factory.SubFactory(UserFactory),
            twin=factory.SubFactory(
                "apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories.PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory",
                workspace=factory.SelfAttribute("..workspace"),
            ),
        )

    @factory.post_generation
    def others(self, create, extracted, **kwargs):
        if create and extracted:
            self.others.set(extracted)
