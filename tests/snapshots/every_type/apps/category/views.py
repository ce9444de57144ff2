"""Category API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/category/generated/views.py.
"""

from apps.category.generated.views import CategoryViewSetBase


class CategoryViewSet(CategoryViewSetBase):
    """/api/v1/categories/"""
