"""Specimen: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/specimen/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend SpecimenBase.Meta.
"""

from apps.specimen.generated.models import SpecimenBase


class Specimen(SpecimenBase):
    """One of everything."""
