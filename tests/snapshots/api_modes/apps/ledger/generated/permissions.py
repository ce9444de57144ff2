"""Which workspace roles may do what with ledgers (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER, Role.MEMBER),
    "retrieve": (Role.OWNER, Role.MEMBER),
    "create": (Role.OWNER,),
    "update": (Role.OWNER,),
    "delete": (Role.OWNER, Role.MEMBER),
}
