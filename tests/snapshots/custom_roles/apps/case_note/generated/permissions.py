"""Which workspace roles may do what with case notes (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.AUDITOR,),
    "retrieve": (Role.AUDITOR,),
    "create": (Role.CLINICIAN,),
    "update": (),
    "delete": (),
}

# The relation to the user who owns a row, and the roles allowed an action on
# the rows they own only.
OWNER_FIELD = "author"
OWN_ROLE_PERMISSIONS = {
    "list": (Role.CLINICIAN,),
    "retrieve": (Role.CLINICIAN,),
    "update": (Role.CLINICIAN,),
}
