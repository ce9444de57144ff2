"""Which workspace roles may do what with shifts (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN, Role.AUDITOR),
    "retrieve": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN, Role.AUDITOR),
    "create": (Role.DIRECTOR, Role.COORDINATOR),
    "update": (Role.COORDINATOR, Role.CLINICIAN),
    "delete": (Role.DIRECTOR,),
}
