"""AnotherExtremelyLongEntityName API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/another_extremely_long_entity_name/generated/views.py.
"""

from apps.another_extremely_long_entity_name.generated.views import (
    AnotherExtremelyLongEntityNameViewSetBase,
)


class AnotherExtremelyLongEntityNameViewSet(AnotherExtremelyLongEntityNameViewSetBase):
    """/api/v1/another-extremely-long-entity-names/"""
