"""Fixtures shared by every test: workspaces, their members and signed-in API clients.

Clients sign in the way a browser does: an access token in an httpOnly cookie and
the CSRF token echoed in a header, with CSRF checks on. `pytest -n auto` runs the
tests in one worker per CPU (pytest-xdist), each with its own test database.
"""

import os

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from apps.core.testing import join, signed_in
from apps.users.factories import WorkspaceFactory
from apps.users.roles import OWNER_ROLE


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`pytest -n auto` on a single CPU runs the tests in this process: no workers."""
    return 0 if (os.cpu_count() or 1) < 2 else None


@pytest.fixture(autouse=True)
def fresh_cache():
    """Throttle counts and one-time marks live in the cache: each test starts with none."""
    cache.clear()


@pytest.fixture
def workspace():
    return WorkspaceFactory.create()


@pytest.fixture
def other_workspace():
    return WorkspaceFactory.create()


@pytest.fixture
def api_client():
    return APIClient(enforce_csrf_checks=True)


@pytest.fixture
def member(workspace):
    """A member of ``workspace`` holding its most privileged role, owner."""
    return join(workspace, OWNER_ROLE)


@pytest.fixture
def member_client(member):
    return signed_in(member)


@pytest.fixture
def staff_client(workspace):
    return signed_in(join(workspace, OWNER_ROLE, user__is_staff=True))


@pytest.fixture
def client_for_role(workspace):
    """``client_for_role("viewer")``: a client signed in as a new holder of that role."""
    return lambda role: signed_in(join(workspace, role))
