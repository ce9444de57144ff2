from django_filters import rest_framework as filters

from apps.audit.models import AuditLog
from apps.core.filters import FilterSet, IsoDateTimeFilter


class AuditLogFilterSet(FilterSet):
    """``?object_type=patient.patient&object_id=7&actor=3&action=update``, and
    ``created_after`` / ``created_before`` (ISO 8601) for a time range."""

    object_type = filters.CharFilter(method="filter_object_type")
    object_id = filters.CharFilter()
    actor = filters.NumberFilter(field_name="actor")
    action = filters.ChoiceFilter(choices=AuditLog.Action.choices)
    created_after = IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = AuditLog
        fields = ()

    def filter_object_type(self, queryset, name, value):
        app_label, _, model = value.lower().partition(".")
        return queryset.filter(
            content_type__app_label=app_label, content_type__model=model
        )
