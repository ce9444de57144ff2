from django.apps import AppConfig


class MeetingConfig(AppConfig):
    name = "apps.meeting"
    label = "meeting"
    verbose_name = "Meetings"
