"""Which workspace roles may do what with shifts (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN, Role.AUDITOR),
    "retrieve": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN, Role.AUDITOR),
    "create": (Role.DIRECTOR, Role.COORDINATOR),
    "update": (Role.COORDINATOR,),
    "delete": (Role.DIRECTOR,),
}

# The relation to the user who owns a row, and the roles allowed an action on
# the rows they own only.
OWNER_FIELD = "clinician"
OWN_ROLE_PERMISSIONS = {"update": (Role.CLINICIAN,), "delete": (Role.CLINICIAN,)}
