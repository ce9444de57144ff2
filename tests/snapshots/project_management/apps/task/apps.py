from django.apps import AppConfig


class TaskConfig(AppConfig):
    name = "apps.task"
    label = "task"
    verbose_name = "Tasks"
