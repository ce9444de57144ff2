"""Country: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/country/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CountryBase.Meta.
"""

from apps.country.generated.models import CountryBase


class Country(CountryBase):
    """Country."""
