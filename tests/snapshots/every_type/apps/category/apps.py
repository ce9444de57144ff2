from django.apps import AppConfig


class CategoryConfig(AppConfig):
    name = "apps.category"
    label = "category"
    verbose_name = "Categories"
