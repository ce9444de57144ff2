from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.patient.models import Patient


class PatientFilterSet(FilterSet):
    """Query parameters of GET /api/v1/patients/ from the genome's ``filter`` flags."""

    clinician = filters.NumberFilter(field_name="clinician")

    class Meta:
        model = Patient
        fields = {
            "born_on": ["exact", "gte", "lte"],
            "insurance_number": ["iexact"],
            "active": ["exact"],
        }
