"""Report: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/report/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ReportBase.Meta.
"""

from apps.report.generated.models import ReportBase


class Report(ReportBase):
    """Report."""
