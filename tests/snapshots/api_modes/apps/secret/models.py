"""Secret: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/secret/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend SecretBase.Meta.
"""

from apps.secret.generated.models import SecretBase


class Secret(SecretBase):
    """Secret."""
