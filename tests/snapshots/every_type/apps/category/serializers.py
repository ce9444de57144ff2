"""Category serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/category/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.category.generated.serializers import CategoryWriteSerializer


class CategorySerializer(CategoryWriteSerializer):
    """Validates category input; responds with CategoryReadSerializer."""
