from django.apps import AppConfig


class CommentConfig(AppConfig):
    name = "apps.comment"
    label = "comment"
    verbose_name = "Comments"
