"""Workspace roles from the genome, most privileged first."""

from django.db import models


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    MEMBER = "member", "Member"
    VIEWER = "viewer", "Viewer"


# Most privileged first: the order grants and checks rely on.
ROLES = tuple(Role)
# The role a workspace's creator holds; a workspace always keeps one holder.
OWNER_ROLE = ROLES[0]
# Roles that manage a workspace: rename it, change members, invite people.
MANAGER_ROLES = ROLES[:2]
