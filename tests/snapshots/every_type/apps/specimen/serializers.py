"""Specimen serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/specimen/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.specimen.generated.serializers import SpecimenWriteSerializer


class SpecimenSerializer(SpecimenWriteSerializer):
    """Validates specimen input; responds with SpecimenReadSerializer."""
