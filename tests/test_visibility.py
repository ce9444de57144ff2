"""The generated tests of visible_to: each field is tried with a role it is kept from
and a role that reads it, and the list tests of test_views.py leave out the fields
their reader may not read."""

from __future__ import annotations

from genome import build
from genome.views import Views


def views_of(*fields: dict) -> tuple[Views, object]:
    genome = build(
        {
            "project_name": "Clinic",
            "entities": [
                {"name": "Chart", "fields": [{"name": "title", "type": "string"}, *fields]},
            ],
        }
    )
    return Views(genome), genome.entities[0]


CODE = {"name": "code", "type": "string", "filter": True, "search": True, "order": True}


def test_a_field_the_reader_may_not_read_is_left_to_test_visibility():
    views, chart = views_of({**CODE, "visible_to": ["member"]})
    listed = views.test_views(chart)
    assert "code" not in listed.filter_by_value + listed.search + listed.ordering
    tried = views.test_visibility(chart)
    assert '("code", "owner")' in tried.hidden
    assert '("code", "member")' in tried.listed
    assert '("code", "owner", "code")' in tried.filtered
    assert '("code", "owner", ())' in tried.searched


def test_a_field_the_reader_reads_stays_in_the_list_tests():
    views, chart = views_of({**CODE, "visible_to": ["owner", "admin"]})
    listed = views.test_views(chart)
    assert '"code"' in listed.filter_by_value
    assert '("code", "member")' in views.test_visibility(chart).hidden


def test_a_field_every_role_reads_is_skipped_saying_why():
    views, chart = views_of({**CODE, "visible_to": ["owner", "admin", "member", "viewer"]})
    hidden = views.test_visibility(chart).hidden
    assert "pytest.mark.skip" in hidden
    assert "Every role that may read charts reads code." in hidden


def test_without_visible_to_there_is_no_visibility_test():
    views, chart = views_of(CODE)
    assert views.test_visibility(chart).hidden == ""
