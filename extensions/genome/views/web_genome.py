"""The view of the web app's genome module (frontend/src/generated/genome.ts): the
product's name and its roles."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Genome
from ..tscode import ts_assign, ts_lines, ts_str


@dataclass(frozen=True)
class WebGenome:
    product: str  # the ``export const product = "...";`` statement
    roles: str  # the ``export const roles = [...] as const;`` statement


def build(genome: Genome) -> WebGenome:
    roles = ts_lines(genome.role_values, 0, "export const roles = ", " as const;")
    return WebGenome(
        product=ts_assign("export const product", ts_str(genome.project_name)),
        roles="\n".join(roles),
    )
