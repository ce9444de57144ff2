from django.apps import AppConfig


class NoteConfig(AppConfig):
    name = "apps.note"
    label = "note"
    verbose_name = "Notes"
