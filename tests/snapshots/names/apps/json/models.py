"""Json: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/json/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend JsonBase.Meta.
"""

from apps.json.generated.models import JsonBase


class Json(JsonBase):
    """Json."""
