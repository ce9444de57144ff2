"""What an audit row stores: JSON-safe values, masked where they are sensitive."""

import datetime
import uuid
from decimal import Decimal
from types import SimpleNamespace

from django.db.models import FileField
from django.db.models.fields.files import FieldFile

from apps.audit.models import AuditLog
from apps.audit.services import MASKED, diff, json_safe


def test_values_are_stored_as_json():
    moment = datetime.datetime(2026, 1, 2, 9, 30, tzinfo=datetime.UTC)
    upload = FieldFile(AuditLog(), FileField(), "patient/scan/x-ray.png")
    assert json_safe(moment) == "2026-01-02T09:30:00Z"
    assert json_safe(datetime.date(2026, 1, 2)) == "2026-01-02"
    assert json_safe(Decimal("12.50")) == "12.50"
    assert json_safe(datetime.timedelta(hours=1)) == "P0DT01H00M00S"
    assert json_safe(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    assert json_safe(upload) == "patient/scan/x-ray.png"
    assert json_safe(FieldFile(AuditLog(), FileField(), "")) is None


def test_only_changed_fields_are_recorded():
    row = SimpleNamespace()
    before = {"title": "Old", "done": False, "due": None}
    after = {"title": "New", "done": False, "due": "2026-01-02"}
    assert diff(row, before, after) == {
        "title": ["Old", "New"],
        "due": [None, "2026-01-02"],
    }


def test_sensitive_values_are_masked():
    row = SimpleNamespace(audit_masked_fields=("email", "notes"))
    before = {"email": "ann@example.com", "notes": "", "title": "A"}
    after = {"email": "bob@example.com", "notes": "Allergic", "title": "B"}
    assert diff(row, before, after) == {
        "email": [MASKED, MASKED],
        "notes": [None, MASKED],
        "title": ["A", "B"],
    }
