"""Filtering shared by every entity: the filter backend and custom filters."""

import datetime

from django.db import models
from django_filters import fields
from django_filters import rest_framework as filters
from django_filters.constants import EMPTY_VALUES
from rest_framework import filters as drf_filters
from rest_framework.exceptions import ValidationError

from apps.core.permissions import hidden_fields


class UTCIsoDateTimeField(fields.IsoDateTimeField):
    """An ISO 8601 date-time, in UTC.

    PostgreSQL refuses a UTC offset beyond 15:59 (``-19:08``) that Python accepts,
    so the value is converted before it reaches the query.
    """

    def to_python(self, value):
        value = super().to_python(value)
        if value is None or value.tzinfo is None:
            return value
        return value.astimezone(datetime.UTC)


class IsoDateTimeFilter(filters.IsoDateTimeFilter):
    field_class = UTCIsoDateTimeField


class FilterSet(filters.FilterSet):
    """The base of every FilterSet: date-time parameters are read as UTC."""

    FILTER_DEFAULTS = {
        **filters.FilterSet.FILTER_DEFAULTS,
        models.DateTimeField: {"filter_class": IsoDateTimeFilter},
    }


class ArrayFilter(filters.CharFilter):
    """Filters an array column by comma-separated items.

    ``lookup_expr="contains"`` keeps rows holding every item (``?tags=a,b``);
    ``"overlap"`` keeps rows holding any of them.
    """

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        items = [item.strip() for item in value.split(",") if item.strip()]
        return qs.filter(**{f"{self.field_name}__{self.lookup_expr}": items})


class FilterBackend(filters.DjangoFilterBackend):
    """django-filter's backend, which skips requests that filter by nothing.

    A FilterSet deep-copies every declared filter when it is built, and a list
    request without query parameters has nothing for it to do.
    """

    def filter_queryset(self, request, queryset, view):
        if not request.query_params:
            return queryset
        self.refuse_hidden(request, queryset, view)
        return super().filter_queryset(request, queryset, view)

    def refuse_hidden(self, request, queryset, view) -> None:
        """A parameter that filters by a field the role may not read answers 400."""
        hidden = hidden_fields(request, view)
        if not hidden:
            return
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None:
            return
        message = "Your role cannot read this field, so it cannot filter by it."
        refused = {
            name: [message]
            for name, declared in filterset_class.base_filters.items()
            if declared.field_name in hidden and name in request.query_params
        }
        if refused:
            raise ValidationError(refused)


class SearchFilter(drf_filters.SearchFilter):
    """DRF's ``?search=``, over the fields the request's role may read.

    When the role may read none of them, a search finds nothing.
    """

    def get_search_fields(self, view, request):
        fields = super().get_search_fields(view, request) or ()
        hidden = hidden_fields(request, view)
        return tuple(name for name in fields if name.lstrip("^=@$") not in hidden)

    def filter_queryset(self, request, queryset, view):
        searched = super().get_search_fields(view, request)
        readable = self.get_search_fields(view, request)
        if searched and not readable and self.get_search_terms(request):
            return queryset.none()
        return super().filter_queryset(request, queryset, view)


class OrderingFilter(drf_filters.OrderingFilter):
    """DRF's ``?ordering=`` (or the model's default order), then the primary key.

    Rows that tie on the ordering, such as two rows created in the same request,
    then keep one order, so that pages neither repeat nor skip them.
    """

    def remove_invalid_fields(self, queryset, fields, view, request):
        # A field the role may not read is ignored, as an unknown one is.
        valid = super().remove_invalid_fields(queryset, fields, view, request)
        hidden = hidden_fields(request, view)
        return [term for term in valid if term.lstrip("-") not in hidden]

    def filter_queryset(self, request, queryset, view):
        ordering = self.get_ordering(request, queryset, view)
        ordering = list(
            ordering or queryset.query.order_by or queryset.model._meta.ordering
        )
        if not all(isinstance(term, str) for term in ordering):
            return queryset
        keys = {"pk", queryset.model._meta.pk.name}
        if any(term.lstrip("-") in keys for term in ordering):
            return queryset.order_by(*ordering)
        return queryset.order_by(*ordering, "pk")
