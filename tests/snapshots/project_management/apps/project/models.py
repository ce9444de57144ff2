"""Project: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/project/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ProjectBase.Meta.
"""

from apps.project.generated.models import ProjectBase


class Project(ProjectBase):
    """A body of work with a goal and a deadline."""
