from apps.core.filters import FilterSet
from apps.profile.models import Profile


class ProfileFilterSet(FilterSet):
    """Query parameters of GET /api/v1/profiles/ from the genome's ``filter`` flags."""

    class Meta:
        model = Profile
        fields = ()
