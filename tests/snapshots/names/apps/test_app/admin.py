"""Test admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.test_app.generated.admin import TestAdminBase
from apps.test_app.models import Test


@admin.register(Test)
class TestAdmin(TestAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
