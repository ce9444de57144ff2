"""The view of the web app's entity registry (frontend/src/generated/entities/index.ts):
every entity with screens, by name, in the genome's order."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Genome
from ..tscode import TsObject, TsRaw, ts_const
from .web_entity import module_name


@dataclass(frozen=True)
class WebEntities:
    # The modules, sorted: ``import * as <module> from "./<module>";`` each.
    modules: tuple[str, ...]
    # ``export const entities: Record<string, EntityEntry> = {...};``
    registry: str


def build(genome: Genome) -> WebEntities:
    routed = genome.routed_entities
    modules = [module_name(entity) for entity in routed]
    entries = TsObject(
        tuple(
            (entity.name, TsObject((("meta", TsRaw(f"{module}.meta")), ("api", TsRaw(f"{module}.api")))))
            for entity, module in zip(routed, modules, strict=True)
        )
    )
    return WebEntities(
        modules=tuple(sorted(modules)),
        registry=ts_const("export const entities: Record<string, EntityEntry>", entries),
    )
