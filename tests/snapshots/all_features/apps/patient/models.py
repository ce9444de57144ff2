"""Patient: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/patient/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend PatientBase.Meta.
"""

from apps.patient.generated.models import PatientBase


class Patient(PatientBase):
    """A person the clinic cares for."""
