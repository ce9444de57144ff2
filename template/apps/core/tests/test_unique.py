"""A duplicate of a unique value is refused with 400 under the field's name.

Every unique field of every entity with a create route is found from the models,
so a field added later is covered without a new test. Rows a soft delete hides
are not compared (the constraint's condition).
"""

import pytest
from django.db import models
from django.utils.module_loading import import_string

from apps.core.testing import allowed_client, api_endpoints, request_kwargs

pytestmark = pytest.mark.django_db


def unique_fields() -> list:
    found = []
    for path, view in api_endpoints():
        queryset = getattr(view.cls, "queryset", None)
        if "post" not in (getattr(view, "actions", None) or {}) or queryset is None:
            continue
        meta = queryset.model._meta
        constrained = [
            [name for name in constraint.fields if name != "workspace"]
            for constraint in meta.constraints
            if isinstance(constraint, models.UniqueConstraint)
        ]
        names = [
            field.name
            for field in meta.fields
            if field.unique and not field.primary_key
        ]
        names += [group[0] for group in constrained if len(group) == 1]
        found += [
            pytest.param(path, view, name, id=f"{meta.label}.{name}") for name in names
        ]
    return found


@pytest.mark.parametrize(("path", "view", "name"), unique_fields())
def test_a_duplicate_is_refused_under_the_fields_name(workspace, path, view, name):
    client = allowed_client(view, "create", workspace)
    if client is None:
        pytest.skip("no role may create these rows")
    meta = view.cls.queryset.model._meta
    payload = import_string(f"apps.{meta.app_label}.generated.tests.payloads.payload")
    taken = payload(workspace)
    first = client.post(path, **request_kwargs(taken))
    assert first.status_code == 201, first.content
    duplicate = payload(workspace) | {name: taken[name]}
    response = client.post(path, **request_kwargs(duplicate))
    assert response.status_code == 400, response.content
    assert list(response.json()["fields"]) == [name], response.json()
