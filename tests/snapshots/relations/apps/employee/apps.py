from django.apps import AppConfig


class EmployeeConfig(AppConfig):
    name = "apps.employee"
    label = "employee"
    verbose_name = "Employees"
