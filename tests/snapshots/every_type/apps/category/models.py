"""Category: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/category/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CategoryBase.Meta.
"""

from apps.category.generated.models import CategoryBase


class Category(CategoryBase):
    """Category."""
