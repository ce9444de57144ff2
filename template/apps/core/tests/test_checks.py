from types import SimpleNamespace

import pytest
from django.apps import apps
from django.urls import get_resolver, path
from rest_framework import generics, serializers, viewsets

from apps.core import checks
from apps.core.checks import workspace_scoped_views
from apps.core.models import WorkspaceScopedModel


def test_every_routed_view_is_scoped():
    assert workspace_scoped_views(None) == []


def tenant_model():
    for model in apps.get_models():
        if issubclass(model, WorkspaceScopedModel):
            return model
    pytest.skip("This genome has no workspace data.")


def with_extra_route(monkeypatch, view) -> None:
    patterns = [*get_resolver().url_patterns, path("extra/", view)]
    resolver = SimpleNamespace(url_patterns=patterns)
    monkeypatch.setattr(checks, "get_resolver", lambda: resolver)


def test_an_unscoped_viewset_over_workspace_data_is_an_error(monkeypatch):
    model = tenant_model()

    class Unscoped(viewsets.ModelViewSet):
        queryset = model.objects.all()

    with_extra_route(monkeypatch, Unscoped.as_view({"get": "list"}))
    [error] = workspace_scoped_views(None)
    assert error.id == "core.E001"
    assert "Unscoped at /extra/" in error.msg


def test_a_view_known_by_its_serializer_alone_is_checked(monkeypatch):
    model = tenant_model()

    class Rows(serializers.ModelSerializer):
        class Meta:
            fields = ("id",)

    Rows.Meta.model = model

    class Custom(generics.ListAPIView):
        serializer_class = Rows

    with_extra_route(monkeypatch, Custom.as_view())
    [error] = workspace_scoped_views(None)
    assert error.obj is Custom
