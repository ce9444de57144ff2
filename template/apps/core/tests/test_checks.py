import pytest
from rest_framework import viewsets

from apps.core.checks import workspace_scoped_viewsets
from apps.core.viewsets import WorkspaceScopedModelViewSet
from config.api import router


def test_every_registered_viewset_is_scoped():
    assert workspace_scoped_viewsets(None) == []


def test_an_unscoped_viewset_over_workspace_data_is_an_error(monkeypatch):
    scoped = [
        (prefix, viewset, basename)
        for prefix, viewset, basename in router.registry
        if issubclass(viewset, WorkspaceScopedModelViewSet)
    ]
    if not scoped:
        pytest.skip("No workspace entity of this genome has an API.")
    prefix, viewset, basename = scoped[0]
    unscoped = type(
        "Unscoped", (viewsets.ModelViewSet,), {"queryset": viewset.queryset}
    )
    monkeypatch.setattr(router, "registry", [(prefix, unscoped, basename)])
    [error] = workspace_scoped_viewsets(None)
    assert error.id == "core.E001"
