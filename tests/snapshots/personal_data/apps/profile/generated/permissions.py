"""Which workspace roles may do what with profiles (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER,),
    "retrieve": (Role.OWNER,),
    "create": (Role.OWNER,),
    "update": (Role.OWNER,),
    "delete": (Role.OWNER, Role.MEMBER),
}

# The relation to the user who owns a row, and the roles allowed an action on
# the rows they own only.
OWNER_FIELD = "member"
OWN_ROLE_PERMISSIONS = {"list": (Role.MEMBER,), "retrieve": (Role.MEMBER,)}
