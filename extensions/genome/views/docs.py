"""The view of the project's documents: docs/architecture.md, the README's account of
deletion and the audit log, and which compliance sets docs/compliance/ holds.

The documents are Markdown templates that interpolate these facts; what the
compliance documents say is in the compliance view, the ER diagram in the diagram view.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..features.compliance import FLAG_NAMES
from ..model import Genome
from .common import prose_and


@dataclass(frozen=True)
class App:
    """An entity's app in the architecture's table: what it holds and its API, if any."""

    label: str
    entity: str
    description: str
    tenant: bool
    # The API's URL prefix, or "" for none.
    url: str
    writable: bool


@dataclass(frozen=True)
class Docs:
    """The compliance flags the genome sets, the apps table and the entities by scope,
    and how the audit log and soft deletion are described."""

    flags: tuple[str, ...]
    titles: tuple[str, ...]
    gdpr: bool
    hipaa: bool
    soc2: bool
    pci: bool
    apps: tuple[App, ...]
    tenant_entities: tuple[str, ...]
    shared_entities: tuple[str, ...]
    # The audited entities, in prose, and what the log records of them.
    audited: tuple[str, ...]
    audited_text: str
    audit_actions: str
    # The README's lists: `A`, `B` and `C`.
    soft_delete_entities: str
    audit_entities: str
    audit_readers: str
    # The README's table of choice fields with transitions: (`Entity.field`, the changes).
    transitions: tuple[tuple[str, str], ...]


def build(genome: Genome) -> Docs:
    flags = tuple(flag for flag in FLAG_NAMES if flag in genome.compliance)
    entities = genome.entities
    audited = tuple(e.name for e in entities if e.audit)
    restores = any(e.audit and e.soft_delete for e in entities)
    return Docs(
        flags=flags,
        titles=tuple(FLAG_NAMES[flag] for flag in flags),
        gdpr="gdpr" in flags,
        hipaa="hipaa" in flags,
        soc2="soc2" in flags,
        pci="pci" in flags,
        apps=tuple(
            App(
                label=e.app_label,
                entity=e.name,
                description=cell(e.description) if e.description else "",
                tenant=e.tenant,
                url=e.url if e.routed else "",
                writable=e.writable,
            )
            for e in entities
        ),
        tenant_entities=tuple(e.name for e in entities if e.tenant),
        shared_entities=tuple(e.name for e in entities if not e.tenant),
        audited=audited,
        audited_text=prose_and(list(audited)),
        audit_actions="create, update, delete and restore" if restores else "create, update and delete",
        soft_delete_entities=prose_and([f"`{e.name}`" for e in entities if e.soft_delete]),
        audit_entities=prose_and([f"`{e.name}`" for e in entities if e.audit]),
        audit_readers=prose_and([f"`{r.value}`" for r in genome.manager_roles]),
        transitions=tuple(
            (f"`{e.name}.{f.name}`", changes(f.transitions))
            for e in entities
            if e.writable
            for f in e.fields
            if f.transitions
        ),
    )


def changes(table: dict[str, tuple[str, ...]]) -> str:
    """``todo → doing; done: final``, as the OpenAPI schema says it (apps/core/schema.py)."""
    return cell(
        "; ".join(f"{v} → {', '.join(nexts)}" if nexts else f"{v}: final" for v, nexts in table.items())
    )


def cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")
