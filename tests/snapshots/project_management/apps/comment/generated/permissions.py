"""Which workspace roles may do what with comments (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER),
    "retrieve": (Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER),
    "create": (Role.OWNER, Role.ADMIN, Role.MEMBER),
    "update": (Role.OWNER, Role.ADMIN),
    "delete": (Role.OWNER, Role.ADMIN),
}

# The relation to the user who owns a row, and the roles allowed an action on
# the rows they own only.
OWNER_FIELD = "author"
OWN_ROLE_PERMISSIONS = {"update": (Role.MEMBER,), "delete": (Role.MEMBER,)}
