"""Where a user's personal data is, from the genome: do not edit, change the genome.

A subject row is a row whose subject relation to User (`subject: true` in the
genome) points at the user. For each entity: those relations, the pii fields the export
includes, and the value each pii field takes on erasure ("{pk}" becomes the row's
id). A pii field missing from "erase" is kept: no value can stand for none. A pii
field in "visible_to" is exported only from the workspaces where the user's role is
one of its roles.
"""

from typing import Any

PERSONAL_DATA: dict[str, dict[str, Any]] = {
    "patient.Patient": {
        "relations": ("account",),
        "pii": ("full_name", "email", "born_on", "insurance_number"),
        "erase": {
            "full_name": "erased",
            "email": "",
            "born_on": None,
            "insurance_number": "",
        },
        "visible_to": {"insurance_number": ("owner", "admin", "clinician")},
        "audited": True,
    },
}
