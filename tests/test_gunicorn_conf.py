"""gunicorn.conf.py sizes the server by the container's CPU quota, not the host's cores."""

from __future__ import annotations

import os
import runpy

import pytest
from conftest import ROOT

CONF = ROOT / "template/gunicorn.conf.py"


@pytest.fixture
def conf(monkeypatch) -> dict:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)), raising=False)
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    return runpy.run_path(str(CONF))


def cgroup(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
    return tmp_path


@pytest.mark.parametrize(
    ("files", "cpus"),
    [
        ({"cpu.max": "150000 100000"}, 2),  # v2, --cpus 1.5
        ({"cpu.max": "50000 100000"}, 1),
        ({"cpu.max": "max 100000"}, 16),  # v2, no limit
        ({"cpu/cpu.cfs_quota_us": "300000", "cpu/cpu.cfs_period_us": "100000"}, 3),
        ({"cpu,cpuacct/cpu.cfs_quota_us": "100000", "cpu,cpuacct/cpu.cfs_period_us": "100000"}, 1),
        ({"cpu/cpu.cfs_quota_us": "-1", "cpu/cpu.cfs_period_us": "100000"}, 16),  # v1, no limit
        ({}, 16),  # no cgroup: the cores this process may run on
        ({"cpu.max": "6400000 100000"}, 16),  # a quota above the cores
    ],
)
def test_the_cpus_are_the_cgroup_quota_else_the_cores(conf, tmp_path, files, cpus):
    assert conf["available_cpus"](cgroup(tmp_path, files)) == cpus


def test_the_default_workers_keep_database_connections_bounded(conf):
    cpus = conf["available_cpus"]()
    assert conf["workers"] == min(cpus + 1, conf["MAX_DEFAULT_WORKERS"])
    # Three containers stay under PostgreSQL's default max_connections (100).
    assert conf["MAX_DEFAULT_WORKERS"] * conf["threads"] * 3 < 100


def test_web_concurrency_overrides_the_default(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert runpy.run_path(str(CONF))["workers"] == 3
