"""Which workspace roles may do what with employees (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER, Role.EDITOR, Role.READER),
    "retrieve": (Role.OWNER, Role.EDITOR, Role.READER),
    "create": (Role.OWNER, Role.EDITOR),
    "update": (Role.OWNER, Role.EDITOR),
    "delete": (Role.OWNER, Role.EDITOR),
}
