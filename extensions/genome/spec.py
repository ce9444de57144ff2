"""The genome as users write it: a strict pydantic model of every key in GENOME.md.

This module checks shape only (which keys, which types). The rules that tie keys
together (a default inside its bounds, a relation to an entity that exists, ...)
live in the ``build`` package, which reports them with the same located messages.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr

from . import naming
from .kinds import KINDS

# The field types, their type-specific keys and the types a list can hold: the registry's.
FIELD_TYPES = tuple(KINDS)
LIST_ITEM_TYPES = tuple(name for name, kind in KINDS.items() if kind.list_item is not None)
TYPE_KEYS: dict[str, frozenset[str]] = {name: kind.keys for name, kind in KINDS.items()}
ACTIONS = ("list", "retrieve", "create", "update", "delete")
EXTRA_KEYS = frozenset().union(*TYPE_KEYS.values())

Name = StrictStr


def _shaped(pattern: str, max_length: int | None = None):
    """A name whose shape the JSON schema states, for editors; ``build`` checks it
    and says what is wrong."""
    shape: dict[str, Any] = {"pattern": pattern}
    if max_length is not None:
        shape["maxLength"] = max_length
    return Annotated[StrictStr, Field(json_schema_extra=shape)]


EntityName = _shaped(naming.PASCAL_RE.pattern, naming.MAX_ENTITY_NAME)
PascalName = _shaped(naming.PASCAL_RE.pattern)
MemberName = _shaped(naming.SNAKE_RE.pattern, naming.MAX_COLUMN)
SnakeName = _shaped(naming.SNAKE_RE.pattern)
AppLabel = _shaped(naming.SNAKE_RE.pattern, naming.MAX_APP_LABEL)
Number = StrictInt | StrictFloat


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Choice(Strict):
    value: StrictStr
    label: StrictStr | None = None


class FieldSpec(Strict):
    name: MemberName
    # Checked in ``build``, which names the place and suggests the closest type; a
    # tombstone (removed: true) needs none.
    type: Annotated[StrictStr | None, Field(json_schema_extra={"enum": [*FIELD_TYPES, None]})] = None
    required: StrictBool = False
    unique: StrictBool = False
    default: Any = None
    help: StrictStr | None = None
    index: StrictBool = False
    search: StrictBool = False
    filter: StrictBool | list[StrictStr] = False
    order: StrictBool = False
    pii: StrictBool = False
    phi: StrictBool = False
    read_only: StrictBool = False
    # The roles that may read the field; without it, every role.
    visible_to: list[Name] | None = None
    renamed_from: Name | None = None
    removed: StrictBool = False
    # Type-specific keys; ``build`` refuses the ones that do not fit the type.
    max_length: StrictInt | None = None
    min_length: StrictInt | None = None
    pattern: StrictStr | None = None
    min: Number | None = None
    max: Number | None = None
    max_digits: StrictInt | None = None
    decimal_places: StrictInt | None = None
    choices: list[StrictStr | Choice] | None = None
    # A choice value -> the values it may change to; values not listed are final.
    transitions: dict[StrictStr, list[StrictStr]] | None = None
    of: Annotated[StrictStr | None, Field(json_schema_extra={"enum": [*LIST_ITEM_TYPES, None]})] = None
    max_items: StrictInt | None = None
    max_size: StrictInt | None = None
    protocol: Literal["both", "IPv4", "IPv6"] | None = None
    auto: Literal["now", "now_add"] | None = None

    def given(self) -> set[str]:
        return set(self.model_fields_set)


class RelationSpec(Strict):
    name: MemberName
    # Required but for a tombstone (removed: true); ``build`` says so.
    to: PascalName | None = None
    kind: Literal["many_to_one", "one_to_one", "many_to_many"] = "many_to_one"
    required: StrictBool = False
    default: Literal["current_user"] | None = None
    on_delete: Literal["cascade", "protect", "set_null", "restrict"] | None = None
    related_name: SnakeName | None = None
    filter: StrictBool = False
    subject: StrictBool = False
    help: StrictStr | None = None
    renamed_from: Name | None = None
    removed: StrictBool = False


class RuleSpec(Strict):
    # "<field> <op> <field or constant>"; ``build`` reads it and says what is wrong.
    check: StrictStr
    message: StrictStr


# A role, or ``role:own``: the action on the rows the entity's ``owner`` names as the user's.
RoleList = list[Name] | None


class PermissionsSpec(Strict):
    list: RoleList = None
    retrieve: RoleList = None
    create: RoleList = None
    update: RoleList = None
    delete: RoleList = None


class EntitySpec(Strict):
    name: EntityName
    plural: PascalName | None = None
    app_label: AppLabel | None = None
    description: StrictStr | None = None
    tenant: StrictBool = True
    api: Literal["crud", "read_only", "none"] = "crud"
    display: Name | None = None
    soft_delete: StrictBool = False
    audit: StrictBool = False
    ordering: list[Name] | None = None
    unique_together: list[list[Name]] = []
    permissions: PermissionsSpec = PermissionsSpec()
    owner: MemberName | None = None
    rules: list[RuleSpec] = []
    fields: list[FieldSpec] = []
    relations: list[RelationSpec] = []
    renamed_from: Name | None = None
    removed: StrictBool = False


class FeaturesSpec(Strict):
    async_tasks: StrictBool = False
    billing: StrictBool = False
    email: StrictBool = False
    api_docs: StrictBool = True
    admin: StrictBool = True
    frontend: StrictBool = False


class StorySpec(Strict):
    id: Name
    as_: Name = Field(alias="as")
    want: StrictStr
    so_that: StrictStr | None = None
    acceptance: list[StrictStr] = []

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=False)


class GenomeSpec(Strict):
    project_name: StrictStr
    project_slug: SnakeName | None = None
    description: StrictStr = ""
    features: FeaturesSpec = FeaturesSpec()
    compliance: list[Literal["gdpr", "hipaa", "soc2", "pci"]] = []
    roles: list[Name] = ["owner", "admin", "member", "viewer"]
    entities: Annotated[list[EntitySpec], Field(min_length=1)]
    stories: list[StorySpec] = []


TOP_LEVEL_KEYS = tuple(GenomeSpec.model_fields)
