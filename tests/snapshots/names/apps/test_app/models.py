"""Test: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/test_app/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend TestBase.Meta.
"""

from apps.test_app.generated.models import TestBase


class Test(TestBase):
    """Test."""
