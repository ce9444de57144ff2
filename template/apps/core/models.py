"""Abstract bases of every model: timestamps, and the workspace that owns a row."""

from django.db import models


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class WorkspaceQuerySet(models.QuerySet):
    def for_workspace(self, workspace):
        """Rows of one workspace: the only way the API reads tenant data."""
        return self.filter(workspace=workspace)


class WorkspaceScopedModel(TimeStampedModel):
    """A row that belongs to exactly one workspace (a tenant)."""

    workspace = models.ForeignKey(
        "users.Workspace",
        on_delete=models.CASCADE,
        related_name="+",
    )

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        abstract = True
