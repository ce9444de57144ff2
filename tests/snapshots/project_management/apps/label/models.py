"""Label: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/label/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend LabelBase.Meta.
"""

from apps.label.generated.models import LabelBase


class Label(LabelBase):
    """A coloured tag for grouping tasks."""
