"""A row that a protect or restrict relation points at is not deleted: 409.

Every such relation between entities of the API is found from the models, so a
relation added later is covered without a new test.
"""

import pytest
from django.apps import apps
from django.db import models
from django.utils.module_loading import import_string

from apps.core.testing import allowed_client, api_endpoints

pytestmark = pytest.mark.django_db


def detail_routes() -> dict:
    """Each model with a route that deletes rows: (its detail path without the id, view)."""
    routes = {}
    for path, view in api_endpoints():
        queryset = getattr(view.cls, "queryset", None)
        if "delete" in (getattr(view, "actions", None) or {}) and queryset is not None:
            routes[queryset.model] = (path.removesuffix("1/"), view)
    return routes


def protecting_relations() -> list:
    routes = detail_routes()
    return [
        pytest.param(relation, *routes[relation.model], id=str(relation.field))
        for model in apps.get_models()
        for relation in model._meta.related_objects
        if relation.on_delete in (models.PROTECT, models.RESTRICT)
        and relation.model in routes
    ]


def factory_for(model: type[models.Model]):
    meta = model._meta
    return import_string(
        f"apps.{meta.app_label}.generated.factories.{meta.object_name}Factory"
    )


@pytest.mark.parametrize(("relation", "path", "view"), protecting_relations())
def test_a_row_still_referenced_is_not_deleted(workspace, relation, path, view):
    client = allowed_client(view, "delete", workspace)
    if client is None:
        pytest.skip("no role may delete these rows")
    child = factory_for(relation.related_model).create(workspace=workspace)
    parent = getattr(child, relation.field.name)
    if parent is None:  # an optional relation, which the factory leaves empty
        parent = factory_for(relation.model).create(workspace=workspace)
        setattr(child, relation.field.name, parent)
        child.save()
    response = client.delete(f"{path}{parent.pk}/")
    assert response.status_code == 409, response.content
    plural = relation.related_model._meta.verbose_name_plural
    assert response.json() == {
        "error": f"referenced_by_{relation.related_model._meta.model_name}",
        "message": f"This row cannot be deleted while {plural} refer to it; "
        "delete them or point them elsewhere first.",
        "fields": {},
    }
    assert type(parent).objects.filter(pk=parent.pk).exists()
