"""Profile API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/profile/generated/views.py.
"""

from apps.profile.generated.views import ProfileViewSetBase


class ProfileViewSet(ProfileViewSetBase):
    """/api/v1/profiles/"""
