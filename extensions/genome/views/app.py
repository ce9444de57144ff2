"""The view of an entity app's own modules: apps.py and the modules the user owns
(models.py, serializers.py, views.py, admin.py), each a class extending its
generated base.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Imports, py_str


@dataclass(frozen=True)
class App:
    """Each user module's import block, and the app's verbose name as a literal."""

    models_imports: str
    serializers_imports: str
    views_imports: str
    admin_imports: str
    verbose_name: str


def build(genome: Genome, entity: Entity) -> App:
    name, generated = entity.name, f"apps.{entity.app_label}.generated"
    admin = Imports().add("django.contrib", "admin").add(f"{generated}.admin", f"{name}AdminBase")
    return App(
        models_imports=Imports().add(f"{generated}.models", f"{name}Base").render(),
        serializers_imports=Imports().add(f"{generated}.serializers", f"{name}WriteSerializer").render(),
        views_imports=Imports().add(f"{generated}.views", f"{name}ViewSetBase").render(),
        admin_imports=admin.add(f"apps.{entity.app_label}.models", name).render(),
        verbose_name=py_str(entity.verbose_name_plural.capitalize()),
    )
