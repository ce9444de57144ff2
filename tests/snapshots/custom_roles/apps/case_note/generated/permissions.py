"""Which workspace roles may do what with case notes (the genome's permissions)."""

from apps.users.roles import Role

ROLE_PERMISSIONS = {
    "list": (Role.CLINICIAN, Role.AUDITOR),
    "retrieve": (Role.CLINICIAN, Role.AUDITOR),
    "create": (Role.CLINICIAN,),
    "update": (Role.CLINICIAN,),
    "delete": (),
}
