"""Visit: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/visit/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend VisitBase.Meta.
"""

from apps.visit.generated.models import VisitBase


class Visit(VisitBase):
    """An appointment with a patient."""
