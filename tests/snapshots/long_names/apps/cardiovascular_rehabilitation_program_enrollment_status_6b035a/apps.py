from django.apps import AppConfig


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogConfig(AppConfig):
    name = "apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a"
    label = "cardiovascular_rehabilitation_program_enrollment_status_6b035a"
    verbose_name = "Cardiovascular rehabilitation program enrollment status change logs"
