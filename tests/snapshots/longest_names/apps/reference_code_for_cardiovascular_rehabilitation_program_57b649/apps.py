from django.apps import AppConfig


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicConfig(AppConfig):
    name = "apps.reference_code_for_cardiovascular_rehabilitation_program_57b649"
    label = "reference_code_for_cardiovascular_rehabilitation_program_57b649"
    verbose_name = (
        "Reference code for cardiovascular rehabilitation programs in clinics"
    )
