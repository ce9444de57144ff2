"""Region: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/region/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend RegionBase.Meta.
"""

from apps.region.generated.models import RegionBase


class Region(RegionBase):
    """Region."""
