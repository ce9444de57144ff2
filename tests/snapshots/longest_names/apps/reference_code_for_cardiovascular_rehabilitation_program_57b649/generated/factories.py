import factory

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinic,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory(
    factory.django.DjangoModelFactory[
        ReferenceCodeForCardiovascularRehabilitationProgramsInClinic
    ],
):
    """Valid reference code for cardiovascular rehabilitation programs in clinics."""

    code = factory.Sequence(lambda n: f"code-{n}")

    class Meta:
        model = ReferenceCodeForCardiovascularRehabilitationProgramsInClinic
