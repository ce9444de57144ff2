"""Profile: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/profile/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ProfileBase.Meta.
"""

from apps.profile.generated.models import ProfileBase


class Profile(ProfileBase):
    """How a member presents themselves."""
