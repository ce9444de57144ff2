from django.apps import AppConfig


class CaseNoteConfig(AppConfig):
    name = "apps.case_note"
    label = "case_note"
    verbose_name = "Case notes"
