"""django-genome's genome: load, validate and normalise a genome once."""

from .build import build, default_permissions
from .errors import GenomeError
from .spec import TOP_LEVEL_KEYS, GenomeSpec

__all__ = ["TOP_LEVEL_KEYS", "GenomeError", "GenomeSpec", "build", "default_permissions"]
