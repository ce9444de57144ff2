"""Category admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.category.generated.admin import CategoryAdminBase
from apps.category.models import Category


@admin.register(Category)
class CategoryAdmin(CategoryAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
