"""The view of the data model's Mermaid erDiagram in docs/architecture.md: a table per
entity and a link per relation. The users app's tables and the audit log are drawn
by the template itself."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import diagram_type
from ..model import Entity, Field, Genome

# Names Mermaid's erDiagram lexer reads as key markers, whatever their case.
MERMAID_KEYS = {"pk", "fk", "uk"}
CARDINALITY = {
    # (kind, required) -> the Mermaid relationship, source on the left.
    ("many_to_one", True): "}o--||",
    ("many_to_one", False): "}o--o|",
    ("one_to_one", True): "|o--||",
    ("one_to_one", False): "|o--o|",
    ("many_to_many", True): "}o--o{",
    ("many_to_many", False): "}o--o{",
}


@dataclass(frozen=True)
class Column:
    """An attribute of a table: its type, its name, PK, FK or UK, and a comment."""

    type: str
    name: str
    key: str = ""
    comment: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]


@dataclass(frozen=True)
class Link:
    """A relationship, from the table that holds the foreign key."""

    source: str
    shape: str
    target: str
    name: str


@dataclass(frozen=True)
class Diagram:
    """The genome's entities as tables, and their links to one another, to User and
    to Workspace. Every name is quoted in the diagram: Mermaid reads some bare words
    (class, style) as keywords."""

    tables: tuple[Table, ...]
    links: tuple[Link, ...]


def build(genome: Genome) -> Diagram:
    links = []
    for entity in genome.entities:
        if entity.tenant:
            links.append(Link(entity.name, "}o--||", "Workspace", "workspace"))
        for rel in entity.relations:
            target = rel.target.name if rel.target is not None else "User"
            links.append(Link(entity.name, CARDINALITY[(rel.kind, rel.required)], target, rel.name))
    return Diagram(tables=tuple(table(entity) for entity in genome.entities), links=tuple(links))


def table(entity: Entity) -> Table:
    columns = [column("bigint", "id", "PK")]
    if entity.tenant:
        columns.append(column("bigint", "workspace_id", "FK"))
    for f in entity.fields:
        columns.append(column(diagram_type(f), f.name, "UK" if f.unique else "", field_comment(f)))
    for rel in entity.relations:
        if not rel.many:
            columns.append(column("bigint", f"{rel.name}_id", "FK", "required" if rel.required else ""))
    if entity.soft_delete:
        columns.append(column("datetime", "deleted_at", comment="soft delete"))
    return Table(entity.name, tuple(columns))


def column(kind: str, name: str, key: str = "", comment: str = "") -> Column:
    if name.lower() in MERMAID_KEYS:
        # Mermaid reads a bare pk/fk/uk as a key marker, and attribute names cannot be quoted.
        comment = ", ".join(c for c in (comment, f"named {name}") if c)
        name = f"{name}_"
    return Column(kind, name, key, comment)


def field_comment(f: Field) -> str:
    notes = [n for n, on in (("required", f.required), ("PII", f.pii), ("PHI", f.phi)) if on]
    return ", ".join(notes)
