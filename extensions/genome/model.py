"""The normalised genome: every name and fact derived from the genome file.

The ``build`` package fills these objects and checks the rules that tie keys
together; the views (``views/``) and the templates read them and never write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import yaml

from .kinds import kind_of
from .naming import article

if TYPE_CHECKING:
    from .spec import EntitySpec, FeaturesSpec, FieldSpec, RelationSpec


@dataclass
class Field:
    name: str
    type: str
    required: bool
    unique: bool
    help: str | None
    index: bool
    search: bool
    order: bool
    pii: bool
    phi: bool
    lookups: list[str]
    read_only: bool = False  # the API never writes it
    auto: str | None = None  # "now" or "now_add": the time of each save, or of the first
    has_default: bool = False
    default_value: Any = None
    choices_class: str = ""
    # Each choice -> the values it may change to (none: final); empty without transitions.
    transitions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The roles that may read it, in the genome's role order; empty: every role.
    visible_to: tuple[str, ...] = ()
    spec: FieldSpec | None = None
    where: str = ""

    @property
    def masked(self) -> bool:
        """The audit log records that it changed, never its values: personal or
        health data, or read by some roles only (the log's readers may not be them)."""
        return self.pii or self.phi or bool(self.visible_to)

    @property
    def server_set(self) -> bool:
        """The server or user code sets it; API clients cannot."""
        return self.read_only or self.auto is not None


@dataclass
class Relation:
    name: str
    target_name: str
    kind: str
    required: bool
    on_delete: str
    related_name: str
    filter: bool
    help: str | None
    subject: bool = False  # the related user is the person the row is about
    current_user: bool = False  # set from the signed-in user on create, never by clients
    target: Entity | None = None  # None: the project's User
    self_target: bool = False
    spec: RelationSpec | None = None
    where: str = ""
    source: Entity | None = None

    @property
    def many(self) -> bool:
        return self.kind == "many_to_many"


@dataclass(frozen=True)
class EntityRule:
    """A comparison every row passes (``rules:``): ``left op right``, where ``right`` is
    a field, or None and ``value`` the constant as the field holds it."""

    check: str
    left: Field
    op: str
    right: Field | None
    value: Any
    message: str
    # The model's CheckConstraint: unique, at most 63 characters, stable across updates.
    constraint: str

    @property
    def fields(self) -> list[Field]:
        return [self.left] if self.right is None else [self.left, self.right]


@dataclass
class Inline:
    class_name: str
    source: Entity
    fk_name: str
    fields: list[str]


@dataclass
class Entity:
    name: str
    plural: str
    snake: str
    plural_snake: str
    app_label: str
    url: str
    verbose_name: str
    verbose_name_plural: str
    description: str
    tenant: bool
    api: str
    display: str
    soft_delete: bool
    audit: bool
    ordering: list[str]
    permissions: dict[str, list[str]]  # action -> the roles allowed it on every row
    own_permissions: dict[str, list[str]] = field(default_factory=dict)  # ... on the owner's rows only
    owner: Relation | None = None  # the relation to User naming a row's owner
    fields: list[Field] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    unique_together: list[list[str]] = field(default_factory=list)
    rules: list[EntityRule] = field(default_factory=list)
    inlines: list[Inline] = field(default_factory=list)
    spec: EntitySpec | None = None
    where: str = ""

    @property
    def app_config(self) -> str:
        return f"{self.name}Config"

    @property
    def routed(self) -> bool:
        return self.api != "none"

    @property
    def writable(self) -> bool:
        return self.api == "crud"

    @property
    def relations_many(self) -> list[Relation]:
        return [r for r in self.relations if r.many]

    @property
    def ruled_fields(self) -> set[str]:
        """The fields some rule compares."""
        return {f.name for rule in self.rules for f in rule.fields}


@dataclass
class Role:
    value: str
    constant: str
    label: str


@dataclass
class Story:
    id: str
    role: str
    want: str
    so_that: str | None
    checks: list[dict]
    notes: list[str]

    @property
    def sentence(self) -> str:
        """The story as one sentence: "As a member, I want ..., so that ..."."""
        text = f"As {article(self.role)}, I want {self.want}"
        if self.so_that:
            text += f", so that {self.so_that}"
        return text.rstrip(".") + "."


@dataclass
class RemovedApp:
    name: str
    app_label: str

    @property
    def app_config(self) -> str:
        return f"{self.name}Config"


@dataclass
class Genome:
    project_name: str
    project_slug: str
    description: str
    features: FeaturesSpec
    compliance: list[str]
    roles: list[Role]
    entities: list[Entity]
    stories: list[Story]
    # Apps of entities tombstoned with ``removed: true``: installed until the
    # tombstone goes, so that their last migration drops their tables.
    removed_apps: list[RemovedApp] = field(default_factory=list)
    # The genome as given, for the project's genome.yml.
    source: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def source_yaml(self) -> str:
        return yaml.safe_dump(self.source, sort_keys=False, allow_unicode=True, width=88)

    @property
    def role_values(self) -> list[str]:
        return [role.value for role in self.roles]

    @property
    def first_role(self) -> Role:
        return self.roles[0]

    @property
    def manager_roles(self) -> list[Role]:
        """The first two roles: the generated project's MANAGER_ROLES (apps/users/roles.py),
        who manage members and read the audit log."""
        return self.roles[:2]

    @property
    def routed_entities(self) -> list[Entity]:
        return [e for e in self.entities if e.routed]

    @property
    def soft_delete(self) -> bool:
        """Some entity soft-deletes: the project gets the soft-delete machinery."""
        return any(e.soft_delete for e in self.entities)

    @property
    def has_pii(self) -> bool:
        """Some field is pii: the project gets personal-data export and erasure."""
        return any(f.pii for e in self.entities for f in e.fields)

    @property
    def audit(self) -> bool:
        """Some entity is audited: the project gets the audit log app."""
        return any(e.audit for e in self.entities)

    @property
    def has_shared_api(self) -> bool:
        """Some shared entity has an API: the project gets apps/core/shared.py."""
        return any(e.routed and not e.tenant for e in self.entities)

    @property
    def has_files(self) -> bool:
        """Some field is a file or an image: the project gets apps/core/uploads.py and
        validators.py."""
        return any(kind_of(f).value.upload for e in self.entities for f in e.fields)
