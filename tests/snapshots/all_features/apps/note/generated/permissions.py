"""Which workspace roles may do what with notes (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.OWNER, Role.ADMIN, Role.CLINICIAN, Role.VIEWER),
    "retrieve": (Role.OWNER, Role.ADMIN, Role.CLINICIAN, Role.VIEWER),
    "create": (Role.OWNER, Role.ADMIN, Role.CLINICIAN),
    "update": (Role.CLINICIAN,),
    "delete": (Role.OWNER, Role.ADMIN),
}

# The roles that read each field not every role reads; the others never receive it.
FIELD_ROLES = {"assessment": (Role.CLINICIAN,)}
