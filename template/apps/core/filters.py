"""Filtering shared by every entity: the filter backend and custom filters."""

import datetime

from django.db import models
from django_filters import fields
from django_filters import rest_framework as filters
from django_filters.constants import EMPTY_VALUES
from rest_framework import filters as drf_filters


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
        return super().filter_queryset(request, queryset, view)


class OrderingFilter(drf_filters.OrderingFilter):
    """DRF's ``?ordering=`` (or the model's default order), then the primary key.

    Rows that tie on the ordering, such as two rows created in the same request,
    then keep one order, so that pages neither repeat nor skip them.
    """

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
