"""Which workspace roles may do what with audit entries (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.DIRECTOR, Role.AUDITOR),
    "retrieve": (Role.AUDITOR,),
    "create": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN),
    "update": (Role.DIRECTOR, Role.COORDINATOR, Role.CLINICIAN),
    "delete": (Role.DIRECTOR, Role.COORDINATOR),
}
