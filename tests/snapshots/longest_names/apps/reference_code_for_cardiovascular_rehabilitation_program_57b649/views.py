"""ReferenceCodeForCardiovascularRehabilitationProgramsInClinic API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/reference_code_for_cardiovascular_rehabilitation_program_57b649/generated/views.py.
"""

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.views import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSetBase,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSet(
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicViewSetBase,
):
    """/api/v1/reference-code-for-cardiovascular-rehabilitation-programs-in-clinics/"""
