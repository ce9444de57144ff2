"""Project API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/project/generated/views.py.
"""

from apps.project.generated.views import ProjectViewSetBase


class ProjectViewSet(ProjectViewSetBase):
    """/api/v1/projects/"""
