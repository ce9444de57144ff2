"""Which workspace roles may do what with bookings (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER),
    "retrieve": (Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER),
    "create": (Role.OWNER, Role.ADMIN, Role.MEMBER),
    "update": (Role.OWNER, Role.ADMIN, Role.MEMBER),
    "delete": (Role.OWNER, Role.ADMIN),
}
