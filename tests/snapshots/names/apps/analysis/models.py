"""Analysis: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/analysis/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend AnalysisBase.Meta.
"""

from apps.analysis.generated.models import AnalysisBase


class Analysis(AnalysisBase):
    """Analysis."""
