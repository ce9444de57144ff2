"""Country API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/country/generated/views.py.
"""

from apps.country.generated.views import CountryViewSetBase


class CountryViewSet(CountryViewSetBase):
    """/api/v1/countries/"""
