from apps.core.filters import FilterSet
from apps.secret.models import Secret


class SecretFilterSet(FilterSet):
    """Query parameters of GET /api/v1/secrets/ from the genome's ``filter`` flags."""

    class Meta:
        model = Secret
        fields = ()
