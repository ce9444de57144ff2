"""Malformed genomes are refused before anything is written, with located messages.

Every case starts from a small valid genome and breaks one thing. ``build()`` must
name the exact place (``entities[0].fields[0].type``) and say what is wrong; a
representative subset also goes through copier, which must stop without writing.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import render
from copier.errors import UserMessageError
from genome import GenomeError, build
from genome.changes import check_changes
from genome.spec import GenomeSpec

BASE = {
    "project_name": "Shop",
    "entities": [{"name": "Product", "fields": [{"name": "title", "type": "string"}]}],
}


def base() -> dict:
    return copy.deepcopy(BASE)


def with_top(**keys) -> dict:
    genome = base()
    genome.update(keys)
    return genome


def without(key: str) -> dict:
    genome = base()
    del genome[key]
    return genome


def renamed_top(old: str, new: str) -> dict:
    genome = base()
    genome[new] = genome.pop(old)
    return genome


def with_entity(**keys) -> dict:
    """The base genome with keys of its one entity, Product, replaced or added."""
    genome = base()
    genome["entities"][0].update(keys)
    return genome


def with_field(**keys) -> dict:
    """The base genome with keys of Product's one field, title, replaced or added."""
    genome = base()
    genome["entities"][0]["fields"][0].update(keys)
    return genome


def with_fields(*fields: dict, **entity_keys) -> dict:
    """Product with more fields after title."""
    genome = with_entity(**entity_keys)
    genome["entities"][0]["fields"].extend(fields)
    return genome


def with_relations(*relations: dict, others: tuple[dict, ...] = (), **entity_keys) -> dict:
    """Product with ``relations``, and ``others`` entities after it."""
    genome = with_entity(relations=list(relations), **entity_keys)
    genome["entities"].extend(others)
    return genome


def with_entities(*others: dict) -> dict:
    genome = base()
    genome["entities"].extend(others)
    return genome


def with_story(*acceptance: str, role: str = "member", **entity_keys) -> dict:
    genome = with_entity(**entity_keys)
    genome["stories"] = [
        {"id": "US-1", "as": role, "want": "to manage products", "acceptance": list(acceptance)}
    ]
    return genome


RULE = "entities[0].rules[0].check"
RULE_FIELDS = (
    {"name": "starts_on", "type": "date"},
    {"name": "due_on", "type": "date"},
    {"name": "seen_at", "type": "datetime"},
    {"name": "quantity", "type": "integer"},
    {"name": "done", "type": "boolean"},
    {"name": "extra", "type": "json"},
    {"name": "stage", "type": "choice", "choices": ["draft", "live"]},
    {"name": "gone", "type": "date", "removed": True},
)
MAKER = {"name": "maker", "to": "User"}


def with_rules(*checks: str, message: str = "Not allowed.", **entity_keys) -> dict:
    """Product with fields of several types, and a rule for each of ``checks``."""
    rules = [{"check": check, "message": message} for check in checks]
    return with_fields(*RULE_FIELDS, rules=rules, **entity_keys)


def case(case_id: str, genome: dict, where: str, phrase: str):
    return pytest.param(genome, where, phrase, id=case_id)


F = "entities[0].fields[0]"
STATUS = {"type": "choice", "choices": ["todo", "doing", "done"], "default": "todo"}
R = "entities[0].relations[0]"

RESERVED_ENTITIES = ("User", "Workspace", "Membership", "Invitation", "AuditLog")
KEYWORDS = ("class", "def", "import", "lambda")
BASE_MODEL_NAMES = ("id", "created_at", "updated_at", "workspace")
DJANGO_ATTRIBUTES = ("pk", "objects", "save", "delete", "deleted_at")
# The lists' own query parameters; DRF's ?format= is switched off, so format is free.
CONTROL_PARAMETERS = ("page", "page_size", "search", "ordering")
# Paths under /api/v1/ the generated project owns, and a plural that gives each.
OWNED_URLS = {
    "auth": "Auth",
    "workspaces": "Workspaces",
    "invitations": "Invitations",
    "audit-log": "AuditLog",
    "schema": "Schema",
    "docs": "Docs",
    "redoc": "Redoc",
}

CASES = [
    # Unknown keys, at every level: a typo is never silently ignored.
    case("top_level_typo", renamed_top("entities", "entites"), "entites", "did you mean 'entities'?"),
    case("top_level_unknown", with_top(colour="blue"), "colour", "unknown key 'colour'"),
    case(
        "entity_key_typo",
        {
            "project_name": "Shop",
            "entities": [{"name": "Product", "feilds": [{"name": "title", "type": "string"}]}],
        },
        "entities[0].feilds",
        "unknown key 'feilds' (did you mean 'fields'?)",
    ),
    case("field_key_typo", with_field(requird=True), f"{F}.requird", "did you mean 'required'?"),
    case(
        "relation_key_typo",
        with_relations({"name": "owner", "to": "User", "on_delet": "cascade"}),
        f"{R}.on_delet",
        "did you mean 'on_delete'?",
    ),
    case(
        "relation_key_for_fields",
        with_relations({"name": "owner", "to": "User", "unique": True}),
        f"{R}.unique",
        "allowed keys here: name, to, kind",
    ),
    case(
        "current_user_not_user",
        with_relations({"name": "owner", "to": "Product", "default": "current_user"}),
        f"{R}.default",
        "current_user is a User, and this relation is to Product",
    ),
    case(
        "current_user_many",
        with_relations({"name": "owners", "to": "User", "kind": "many_to_many", "default": "current_user"}),
        f"{R}.default",
        "current_user is one user, and this relation holds many",
    ),
    case(
        "current_user_unknown_value",
        with_relations({"name": "owner", "to": "User", "default": "me"}),
        f"{R}.default",
        "expected one of 'current_user'",
    ),
    case(
        "auto_with_default",
        with_field(type="date", auto="now_add", default="2026-01-01"),
        f"{F}.default",
        "auto: now_add sets the value on every create; remove default",
    ),
    case(
        "auto_on_string",
        with_field(auto="now"),
        f"{F}.auto",
        "does not apply to a string field; it applies to: date, datetime",
    ),
    case(
        "auto_unknown_value",
        with_field(type="datetime", auto="later"),
        f"{F}.auto",
        "expected one of 'now' or 'now_add'",
    ),
    case(
        "read_only_required_without_default",
        with_field(read_only=True, required=True),
        f"{F}.read_only",
        "add a default, or make the field optional",
    ),
    case(
        "story_key_typo",
        with_top(stories=[{"id": "US-1", "as": "member", "want": "to shop", "acceptence": []}]),
        "stories[0].acceptence",
        "did you mean 'acceptance'?",
    ),
    case(
        "permission_action_unknown",
        with_entity(permissions={"destroy": ["owner"]}),
        "entities[0].permissions.destroy",
        "allowed keys here: list, retrieve, create, update, delete",
    ),
    case("unknown_feature", with_top(features={"emails": True}), "features.emails", "did you mean 'email'?"),
    case("unknown_feature_name", with_top(features={"chat": True}), "features.chat", "unknown key 'chat'"),
    case(
        "frontend_without_api_docs",
        with_top(features={"frontend": True, "api_docs": False}),
        "features.frontend",
        "needs features.api_docs",
    ),
    case(
        "unknown_compliance", with_top(compliance=["gdpr", "hipa"]), "compliance[1]", "'hipa' is not allowed"
    ),
    # Shape: missing and mistyped values.
    case("missing_project_name", without("project_name"), "project_name", "is required"),
    case("blank_project_name", with_top(project_name="   "), "project_name", "must not be empty"),
    case("missing_entities", without("entities"), "entities", "is required"),
    case("empty_entities", with_top(entities=[]), "entities", "must not be empty"),
    case("entities_not_a_list", with_top(entities={"name": "Product"}), "entities", "must be a list"),
    case("entity_not_a_mapping", with_top(entities=["Product"]), "entities[0]", "must be a mapping"),
    case("field_without_type", with_field(type=None), f"{F}.type", "is required (one of string, text,"),
    case("field_type_not_text", with_field(type=3), f"{F}.type", "must be text"),
    case(
        "relation_without_to",
        with_relations({"name": "maker"}),
        "entities[0].relations[0].to",
        "is required: an entity of this genome, or User",
    ),
    case("boolean_as_text", with_field(required="yes"), f"{F}.required", "must be true or false, got 'yes'"),
    case("features_not_a_mapping", with_top(features=True), "features", "must be a mapping"),
    case("bad_project_slug", with_top(project_slug="Bad-Slug"), "project_slug", "lower_snake_case"),
    case(
        "project_slug_with_a_leading_digit",
        with_top(project_slug="21_points"),
        "project_slug",
        "'21_points' is not lower_snake_case ASCII starting with a letter, such as 'project_21_points'",
    ),
    case(
        "project_slug_not_ascii",
        with_top(project_slug="größe"),
        "project_slug",
        "such as 'grosse'; correct it, or leave project_slug out",
    ),
    case(
        "project_slug_keyword", with_top(project_slug="class"), "project_slug", "'class' is a Python keyword"
    ),
    case(
        "project_slug_taken",
        with_top(project_slug="core"),
        "project_slug",
        "'core' is taken by Django or the generated project; choose another project_slug, such as 'core_project'",
    ),
    case("no_roles", with_top(roles=[]), "roles", "must list at least one role"),
    case("role_twice", with_top(roles=["owner", "member", "owner"]), "roles[2]", "'owner' is listed twice"),
    # Field types and the keys each type takes.
    case(
        "type_typo",
        with_field(type="strng"),
        f"{F}.type",
        "'strng' is not a field type (did you mean 'string'?)",
    ),
    case(
        "choices_on_string",
        with_field(choices=["a", "b"]),
        f"{F}.choices",
        "does not apply to a string field",
    ),
    case(
        "max_digits_on_integer",
        with_field(type="integer", max_digits=5),
        f"{F}.max_digits",
        "does not apply to an integer field; it applies to: decimal",
    ),
    case(
        "min_on_string", with_field(min=1), f"{F}.min", "it applies to: integer, big_integer, decimal, float"
    ),
    case("min_above_max", with_field(type="integer", min=5, max=1), f"{F}.min", "5 is above max 1"),
    case(
        "float_min_above_max", with_field(type="float", min=2.5, max=0.5), f"{F}.min", "2.5 is above max 0.5"
    ),
    case(
        "min_length_above_max_length",
        with_field(min_length=10, max_length=5),
        f"{F}.min_length",
        "10 is above max_length 5",
    ),
    case("max_length_zero", with_field(max_length=0), f"{F}.max_length", "must be at least 1"),
    case(
        "decimal_places_above_max_digits",
        with_field(type="decimal", max_digits=4, decimal_places=6),
        f"{F}.decimal_places",
        "6 is above max_digits 4",
    ),
    case(
        "decimal_bound_too_wide",
        with_field(type="decimal", max_digits=3, decimal_places=2, max=100),
        f"{F}.max",
        "100 does not fit max_digits=3, decimal_places=2",
    ),
    case(
        "integer_bound_not_whole",
        with_field(type="integer", min=1.5),
        f"{F}.min",
        "must be a whole number that fits an integer",
    ),
    case("invalid_pattern", with_field(pattern="(["), f"{F}.pattern", "is not a valid regular expression"),
    case("choice_without_choices", with_field(type="choice"), f"{F}.choices", "a choice field needs choices"),
    case(
        "duplicate_choice_values",
        with_field(type="choice", choices=["draft", "live", "draft"]),
        f"{F}.choices[2]",
        "'draft' is listed twice",
    ),
    case(
        "duplicate_choice_values_with_labels",
        with_field(type="choice", choices=[{"value": "a", "label": "A"}, {"value": "a", "label": "Also A"}]),
        f"{F}.choices[1]",
        "'a' is listed twice",
    ),
    # Transitions name choices, change the value, and start from a state.
    case(
        "transitions_on_string",
        with_field(transitions={"a": ["b"]}),
        f"{F}.transitions",
        "applies to: choice",
    ),
    case(
        "transitions_on_a_list",
        with_field(type="list", of="string", transitions={"a": ["b"]}),
        f"{F}.transitions",
        "it applies to: choice",
    ),
    case(
        "transition_from_an_unknown_value",
        with_field(**STATUS, transitions={"tood": ["doing"]}),
        f"{F}.transitions.tood",
        "'tood' is not one of the choices (did you mean 'todo'?): todo, doing, done",
    ),
    case(
        "transition_to_an_unknown_value",
        with_field(**STATUS, transitions={"todo": ["doing", "dne"]}),
        f"{F}.transitions.todo[1]",
        "'dne' is not one of the choices (did you mean 'done'?)",
    ),
    case(
        "transition_to_itself",
        with_field(**STATUS, transitions={"todo": ["todo", "doing"]}),
        f"{F}.transitions.todo[0]",
        "'todo' to itself is no change; remove it",
    ),
    case(
        "transition_listed_twice",
        with_field(**STATUS, transitions={"todo": ["doing", "doing"]}),
        f"{F}.transitions.todo[1]",
        "'doing' is listed twice",
    ),
    case(
        "transitions_without_a_change",
        with_field(**STATUS, transitions={"todo": [], "done": []}),
        f"{F}.transitions",
        "lists no change",
    ),
    case(
        "transitions_on_an_optional_choice_without_default",
        with_field(type="choice", choices=["todo", "doing", "done"], transitions={"todo": ["doing"]}),
        f"{F}.transitions",
        "give it a default (the state new rows start in) or make it required",
    ),
    case(
        "transitions_key_not_text",
        with_field(**STATUS, transitions={True: ["doing"]}),
        f"{F}.transitions",
        "every key must be text, got the boolean true",
    ),
    # visible_to names known roles, on a tenant field that neither the display nor the ordering shows.
    case(
        "visible_to_unknown_role",
        with_fields({"name": "notes", "type": "text", "visible_to": ["ownr"]}),
        "entities[0].fields[1].visible_to[0]",
        "'ownr' is not a role (did you mean 'owner'?); roles are owner, admin, member, viewer",
    ),
    case(
        "visible_to_empty",
        with_fields({"name": "notes", "type": "text", "visible_to": []}),
        "entities[0].fields[1].visible_to",
        "lists no role, so no one could read the field",
    ),
    case(
        "visible_to_twice",
        with_fields({"name": "notes", "type": "text", "visible_to": ["owner", "owner"]}),
        "entities[0].fields[1].visible_to[1]",
        "'owner' is listed twice",
    ),
    case(
        "visible_to_on_the_display",
        with_field(visible_to=["owner"]),
        f"{F}.visible_to",
        "'title' is the display of Product (its first string field when display is not set), which every role reads",
    ),
    case(
        "visible_to_on_the_ordering",
        with_fields({"name": "notes", "type": "text", "visible_to": ["owner"]}, ordering=["-notes"]),
        "entities[0].ordering[0]",
        "orders by 'notes', which only owner may read (visible_to), so the order of the rows would reveal it",
    ),
    case(
        "visible_to_on_shared_data",
        with_fields({"name": "notes", "type": "text", "visible_to": ["owner"]}, tenant=False),
        "entities[0].fields[1].visible_to",
        "does not apply to shared data (tenant: false)",
    ),
    case("list_without_of", with_field(type="list"), f"{F}.of", "a list field needs 'of'"),
    case("list_of_json", with_field(type="list", of="json"), f"{F}.of", "'json' cannot be a list item"),
    case(
        "list_max_length_of_integers",
        with_field(type="list", of="integer", max_length=3),
        f"{F}.max_length",
        "max_length applies to lists of string",
    ),
    case("unique_file", with_field(type="file", unique=True), f"{F}.unique", "a file field cannot be unique"),
    case("protocol_on_string", with_field(protocol="IPv4"), f"{F}.protocol", "it applies to: ip_address"),
    case(
        "unknown_protocol", with_field(type="ip_address", protocol="ipv4"), f"{F}.protocol", "'both', 'IPv4'"
    ),
    case(
        "default_not_an_ip",
        with_field(type="ip_address", default="localhost"),
        f"{F}.default",
        "'localhost' is not an IP address",
    ),
    case(
        "default_of_the_other_protocol",
        with_field(type="ip_address", protocol="IPv6", default="192.0.2.1"),
        f"{F}.default",
        "'192.0.2.1' is not an IPv6 address",
    ),
    case(
        "search_ip_address", with_field(type="ip_address", search=True), f"{F}.search", "cannot be searched"
    ),
    # Defaults are checked against the type, the choices, the bounds and the pattern.
    case(
        "default_outside_choices",
        with_field(type="choice", choices=["draft", "live"], default="archived"),
        f"{F}.default",
        "'archived' is not one of the choices",
    ),
    case(
        "default_is_a_choice_label",
        with_field(type="choice", choices=[{"value": "live", "label": "Live"}], default="Live"),
        f"{F}.default",
        "'Live' is not one of the choices (did you mean 'live'?)",
    ),
    case(
        "default_above_max",
        with_field(type="integer", min=0, max=10, default=11),
        f"{F}.default",
        "11 is above max 10",
    ),
    case(
        "default_below_min",
        with_field(type="float", min=0.5, default=0.1),
        f"{F}.default",
        "0.1 is below min 0.5",
    ),
    case(
        "default_too_precise",
        with_field(type="decimal", decimal_places=1, default="1.25"),
        f"{F}.default",
        "does not fit max_digits=12, decimal_places=1",
    ),
    case(
        "default_wrong_type_integer",
        with_field(type="integer", default="three"),
        f"{F}.default",
        "must be a whole number",
    ),
    case(
        "default_boolean_for_integer",
        with_field(type="integer", default=True),
        f"{F}.default",
        "must be a whole number",
    ),
    case(
        "default_wrong_type_boolean",
        with_field(type="boolean", default="yes"),
        f"{F}.default",
        "must be true or false",
    ),
    case(
        "default_number_for_string", with_field(default=5), f"{F}.default", "must be text (quote it in YAML)"
    ),
    case("default_bad_date", with_field(type="date", default="2024-13-01"), f"{F}.default", "is not a date"),
    case(
        "default_bad_email",
        with_field(type="email", default="nobody"),
        f"{F}.default",
        "is not an email address",
    ),
    case(
        "default_not_matching_pattern",
        with_field(pattern="[A-Z]+", default="abc"),
        f"{F}.default",
        "'abc' does not match pattern '[A-Z]+'",
    ),
    case(
        "default_too_long",
        with_field(max_length=3, default="abcd"),
        f"{F}.default",
        "is 4 characters, above max_length 3",
    ),
    case("default_too_short", with_field(min_length=3, default="ab"), f"{F}.default", "below min_length 3"),
    case("default_null", with_field(default=None), f"{F}.default", "leave default out"),
    case(
        "default_on_file",
        with_field(type="image", default="a.png"),
        f"{F}.default",
        "an image field takes no default",
    ),
    case(
        "default_list_items",
        with_field(type="list", of="string", default=["a"]),
        f"{F}.default",
        "a list default must be []",
    ),
    # Relations.
    case(
        "relation_to_unknown_entity",
        with_relations({"name": "maker", "to": "Maker"}),
        f"{R}.to",
        "'Maker' is not an entity of this genome",
    ),
    case(
        "relation_to_lowercase_user",
        with_relations({"name": "owner", "to": "user"}),
        f"{R}.to",
        "(did you mean 'User'?)",
    ),
    case(
        "required_relation_set_null",
        with_relations({"name": "owner", "to": "User", "required": True, "on_delete": "set_null"}),
        f"{R}.on_delete",
        "set_null cannot apply to a required relation",
    ),
    case(
        "on_delete_on_many_to_many",
        with_relations({"name": "owners", "to": "User", "kind": "many_to_many", "on_delete": "cascade"}),
        f"{R}.on_delete",
        "does not apply to many_to_many relations",
    ),
    case(
        "unknown_relation_kind",
        with_relations({"name": "owner", "to": "User", "kind": "one_to_many"}),
        f"{R}.kind",
        "'one_to_many' is not allowed; expected one of 'many_to_one', 'one_to_one' or 'many_to_many'",
    ),
    case(
        "required_self_relation",
        with_relations({"name": "parent", "to": "Product", "required": True}),
        f"{R}.required",
        "a required relation from Product to itself can never be satisfied by the first row",
    ),
    case(
        "required_self_many_to_many",
        with_relations({"name": "variants", "to": "Product", "kind": "many_to_many", "required": True}),
        f"{R}.required",
        "can never be satisfied by the first row",
    ),
    case(
        "cycle_of_required_relations",
        with_entities(
            {"name": "Order", "relations": [{"name": "invoice", "to": "Invoice", "required": True}]},
            {"name": "Invoice", "relations": [{"name": "order", "to": "Order", "required": True}]},
        ),
        "entities[1].relations",
        "required relations form a cycle (Order -> Invoice -> Order)",
    ),
    case(
        "shared_entity_points_to_tenant_entity",
        with_entities(
            {"name": "Category", "tenant": False, "relations": [{"name": "featured", "to": "Product"}]}
        ),
        "entities[1].relations[0].to",
        "Category is shared data (tenant: false) and cannot point to Product",
    ),
    case(
        "unique_together_with_many_to_many",
        with_relations(
            {"name": "watchers", "to": "User", "kind": "many_to_many"},
            unique_together=[["title", "watchers"]],
        ),
        "entities[0].unique_together[0][1]",
        "'watchers' is not a field or many_to_one relation of Product",
    ),
    # Entity names.
    *(
        case(
            f"reserved_entity_{name}",
            with_entity(name=name),
            "entities[0].name",
            "belongs to the generated project",
        )
        for name in RESERVED_ENTITIES
    ),
    case(
        "entity_not_pascal_case",
        with_entity(name="product_item"),
        "entities[0].name",
        "is not a PascalCase singular name",
    ),
    case(
        "entity_name_none", with_entity(name="None"), "entities[0].name", "is not a PascalCase singular name"
    ),
    case(
        "duplicate_entity",
        with_entities({"name": "Product"}),
        "entities[1].name",
        "'Product' is declared twice (also at entities[0])",
    ),
    case(
        "entity_name_too_long",
        with_entity(name="Product" + "Line" * 14 + "X"),
        "entities[0].name",
        "is 64 characters; entity names are at most 60",
    ),
    case(
        "entity_app_label_taken",
        with_entity(name="Core", app_label="core"),
        "entities[0].app_label",
        "the app label 'core' is taken by Django or the generated project; choose another, such as 'core_app'",
    ),
    case(
        "entity_app_label_too_long",
        with_entity(app_label="x" * 64),
        "entities[0].app_label",
        "is longer than 63 characters",
    ),
    case(
        "entity_app_label_given_is_a_derived_one",
        with_entities({"name": "Test"}, {"name": "Item", "app_label": "test_app"}),
        "entities[2].app_label",
        "the app label 'test_app' is also used by Test",
    ),
    *(
        case(
            f"entity_url_owned_by_the_project_{url}",
            with_entity(plural=plural),
            "entities[0].plural",
            f"the URL /api/v1/{url}/ is the generated project's",
        )
        for url, plural in OWNED_URLS.items()
    ),
    case(
        "entity_url_owned_by_the_project_derived",
        with_entity(name="Doc"),
        "entities[0].plural",
        "the URL /api/v1/docs/ is the generated project's, for the API docs; set plural to another "
        "PascalCase plural, such as 'DocRecords'",
    ),
    case(
        "entity_url_of_the_audit_log",
        with_entity(name="AuditEntry", plural="AuditLog"),
        "entities[0].plural",
        "the URL /api/v1/audit-log/ is the generated project's, for the audit log; set plural to another "
        "PascalCase plural, such as 'AuditEntries'",
    ),
    case(
        "entity_name_of_an_admin_base",
        with_entity(name="GeneratedInlineAdmin"),
        "entities[0].name",
        "'GeneratedInlineAdmin' would shadow a class the generated code imports",
    ),
    case("plural_not_pascal_case", with_entity(plural="products"), "entities[0].plural", "is not PascalCase"),
    case(
        "two_entities_one_url",
        with_entities({"name": "Item", "plural": "Products"}),
        "entities[1].plural",
        "the URL /api/v1/products/ is also used by Product",
    ),
    case(
        "two_entities_one_app_label",
        with_entities({"name": "Item", "app_label": "product"}),
        "entities[1].app_label",
        "the app label 'product' is also used by Product",
    ),
    # Field and relation names.
    *(
        case(f"keyword_field_{name}", with_field(name=name), f"{F}.name", f"'{name}' is a Python keyword")
        for name in KEYWORDS
    ),
    *(
        case(
            f"base_model_field_{name}",
            with_field(name=name),
            f"{F}.name",
            "is already on every generated model",
        )
        for name in BASE_MODEL_NAMES
    ),
    *(
        case(
            f"django_attribute_field_{name}",
            with_field(name=name),
            f"{F}.name",
            "would shadow a Django model attribute",
        )
        for name in DJANGO_ATTRIBUTES
    ),
    *(
        case(
            f"control_parameter_filter_{name}",
            with_field(name=name, filter=True),
            f"{F}.filter",
            f"its filter would be the query parameter ?{name}=, which every list reads as the",
        )
        for name in CONTROL_PARAMETERS
    ),
    case(
        "control_parameter_filter_exact",
        with_field(name="page", type="integer", filter=["exact", "gte"]),
        f"{F}.filter",
        "remove filter, or list lookups that have their own parameter, such as [in]",
    ),
    case(
        "control_parameter_filter_list",
        with_field(name="search", type="list", of="string", filter=True),
        f"{F}.filter",
        "such as [overlap]",
    ),
    case(
        "control_parameter_relation_filter",
        with_relations({"name": "ordering", "to": "User", "filter": True}),
        f"{R}.filter",
        "?ordering=, which every list reads as the sort order; remove filter, or rename the relation",
    ),
    case(
        "field_not_snake_case",
        with_field(name="dueDate"),
        f"{F}.name",
        "is not lower_snake_case such as 'due_date'",
    ),
    case("field_name_too_long", with_field(name="x" * 60), f"{F}.name", "is longer than 59 characters"),
    case(
        "relation_named_workspace",
        with_relations({"name": "workspace", "to": "User"}),
        f"{R}.name",
        "is already on every generated model",
    ),
    case(
        "relation_named_pk",
        with_relations({"name": "pk", "to": "User"}),
        f"{R}.name",
        "would shadow a Django model attribute",
    ),
    case(
        "duplicate_field_names",
        with_fields({"name": "title", "type": "text"}),
        "entities[0].fields[1].name",
        "the name 'title' is already used at entities[0].fields[0].name",
    ),
    case(
        "field_and_relation_same_name",
        with_relations({"name": "title", "to": "User"}),
        f"{R}.name",
        "the name 'title' is already used at entities[0].fields[0].name",
    ),
    case(
        "relation_column_clashes_with_field",
        with_fields({"name": "owner_id", "type": "integer"}, relations=[{"name": "owner", "to": "User"}]),
        f"{R}.name",
        "its column 'owner_id' clashes with the name 'owner_id' at entities[0].fields[1].name",
    ),
    case(
        "relation_named_like_earlier_relation_column",
        with_relations(
            {"name": "owner", "to": "User"}, {"name": "owner_id", "to": "User", "related_name": "owned"}
        ),
        "entities[0].relations[1].name",
        "the name 'owner_id' is the column of the relation at entities[0].relations[0].name",
    ),
    case(
        "relation_column_clashes_with_earlier_relation",
        with_relations(
            {"name": "owner_id", "to": "User", "related_name": "owned"}, {"name": "owner", "to": "User"}
        ),
        "entities[0].relations[1].name",
        "its column 'owner_id' clashes with the name 'owner_id' at entities[0].relations[0].name",
    ),
    # Reverse accessors (related_name).
    case(
        "explicit_related_names_clash",
        with_entities(
            {
                "name": "Order",
                "relations": [
                    {"name": "buyer", "to": "Product", "related_name": "orders"},
                    {"name": "seller", "to": "Product", "related_name": "orders"},
                ],
            }
        ),
        "entities[1].relations[1].related_name",
        "the reverse accessor Product.orders is also made by entities[1].relations[0]",
    ),
    case(
        "explicit_related_name_clashes_with_derived",
        with_entities(
            {"name": "Order", "relations": [{"name": "product", "to": "Product"}]},
            {
                "name": "Invoice",
                "relations": [{"name": "product", "to": "Product", "related_name": "orders"}],
            },
        ),
        "entities[2].relations[0].related_name",
        "the reverse accessor Product.orders is also made by entities[1].relations[0]",
    ),
    case(
        "derived_related_name_clashes_with_target_field",
        with_relations(
            others=({"name": "Order", "relations": [{"name": "product", "to": "Product"}]},),
            fields=[{"name": "title", "type": "string"}, {"name": "orders", "type": "integer"}],
        ),
        "entities[1].relations[0].name",
        "the reverse accessor Product.orders clashes with a name Product already has",
    ),
    case(
        "explicit_related_name_clashes_with_target_field",
        with_entities(
            {"name": "Review", "relations": [{"name": "product", "to": "Product", "related_name": "title"}]}
        ),
        "entities[1].relations[0].related_name",
        "the reverse accessor Product.title clashes with a name Product already has",
    ),
    case(
        "related_name_clashes_with_user",
        with_relations({"name": "owner", "to": "User", "related_name": "email"}),
        f"{R}.related_name",
        "the reverse accessor User.email clashes",
    ),
    case(
        "related_name_keyword",
        with_relations({"name": "owner", "to": "User", "related_name": "class"}),
        f"{R}.related_name",
        "is a Python keyword",
    ),
    case(
        "related_name_not_snake_case",
        with_relations({"name": "owner", "to": "User", "related_name": "OwnedProducts"}),
        f"{R}.related_name",
        "is not lower_snake_case",
    ),
    # Permissions and stories.
    case(
        "unknown_role_in_permissions",
        with_entity(permissions={"delete": ["owner", "boss"]}),
        "entities[0].permissions.delete[1]",
        "'boss' is not a role; roles are owner, admin, member, viewer",
    ),
    case(
        "misspelt_role_in_permissions",
        with_entity(permissions={"update": ["admn"]}),
        "entities[0].permissions.update[0]",
        "(did you mean 'admin'?)",
    ),
    case(
        "owner_unknown_relation",
        with_relations({"name": "author", "to": "User"}, owner="autor"),
        "entities[0].owner",
        "'autor' is not a relation of Product (did you mean 'author'?)",
    ),
    case(
        "owner_not_to_user",
        with_relations({"name": "parent", "to": "Product"}, owner="parent"),
        "entities[0].owner",
        "parent is a relation to Product, and a row's owner is a User",
    ),
    case(
        "owner_many_to_many",
        with_relations({"name": "editors", "to": "User", "kind": "many_to_many"}, owner="editors"),
        "entities[0].owner",
        "editors holds many users, and a row has one owner; use kind many_to_one or one_to_one",
    ),
    case(
        "owner_on_shared_data",
        with_relations({"name": "author", "to": "User"}, owner="author", tenant=False),
        "entities[0].owner",
        "does not apply to shared data (tenant: false)",
    ),
    case(
        "own_without_owner",
        with_entity(permissions={"update": ["owner", "member:own"]}),
        "entities[0].permissions.update[1]",
        "'member:own' needs the owner of Product's rows; add owner: <a relation to User>",
    ),
    case(
        "own_with_unknown_role",
        with_relations(
            {"name": "author", "to": "User"}, owner="author", permissions={"delete": ["membr:own"]}
        ),
        "entities[0].permissions.delete[0]",
        "'membr' is not a role (did you mean 'member'?)",
    ),
    case(
        "own_with_unknown_suffix",
        with_relations(
            {"name": "author", "to": "User"}, owner="author", permissions={"delete": ["member:mine"]}
        ),
        "entities[0].permissions.delete[0]",
        "'member:mine' is not a role or role:own such as 'member:own'",
    ),
    case(
        "own_on_create",
        with_relations(
            {"name": "author", "to": "User"}, owner="author", permissions={"create": ["member:own"]}
        ),
        "entities[0].permissions.create[0]",
        "create cannot be limited to own rows; grant create to member and set default: current_user on the owner relation",
    ),
    case(
        "own_and_plain_role",
        with_relations(
            {"name": "author", "to": "User"}, owner="author", permissions={"update": ["member", "member:own"]}
        ),
        "entities[0].permissions.update",
        "lists member both as 'member' and as 'member:own'; keep one of them",
    ),
    case("unknown_story_role", with_story(role="boss"), "stories[0].as", "'boss' is not a role"),
    case(
        "unknown_role_in_acceptance",
        with_story("member can create Product", "boss can create Product"),
        "stories[0].acceptance[1]",
        "'boss' is not a role",
    ),
    case(
        "unknown_entity_in_acceptance",
        with_story("member can create Prodcut"),
        "stories[0].acceptance[0]",
        "'Prodcut' is not an entity (did you mean 'Product'?)",
    ),
    case(
        "acceptance_contradicts_default_permissions",
        with_story("viewer can delete Product"),
        "stories[0].acceptance[0]",
        "contradicts the permissions of Product, which deny delete to viewer",
    ),
    case(
        "acceptance_contradicts_given_permissions",
        with_story("admin cannot list Product", permissions={"list": ["owner", "admin"]}),
        "stories[0].acceptance[0]",
        "contradicts the permissions of Product, which grant list to admin",
    ),
    case(
        "acceptance_own_without_owner",
        with_story("member can update own Product"),
        "stories[0].acceptance[0]",
        "Product has no owner, so no row is member's own; add owner: <a relation to User> to Product",
    ),
    case(
        "acceptance_own_create",
        with_story(
            "member can create own Product", relations=[{"name": "author", "to": "User"}], owner="author"
        ),
        "stories[0].acceptance[0]",
        "a new row has no owner until it is created; write 'member can create Product'",
    ),
    case(
        "acceptance_plain_can_for_own_rows_only",
        with_story(
            "member can update Product",
            relations=[{"name": "author", "to": "User"}],
            owner="author",
            permissions={"update": ["owner", "member:own"]},
        ),
        "stories[0].acceptance[0]",
        "which grant update to member on its own rows only; write 'member can update own Product'",
    ),
    case(
        "acceptance_own_contradicts_permissions",
        with_story(
            "viewer can delete own Product", relations=[{"name": "author", "to": "User"}], owner="author"
        ),
        "stories[0].acceptance[0]",
        "contradicts the permissions of Product, which deny delete to viewer on its own rows",
    ),
    case(
        "acceptance_needs_missing_api",
        with_story("owner can create Product", api="read_only"),
        "stories[0].acceptance[0]",
        "Product has api: read_only, so no one can create it through the API",
    ),
    case(
        "duplicate_story_id",
        with_top(
            stories=[{"id": "US-1", "as": "member", "want": "a"}, {"id": "US-1", "as": "member", "want": "b"}]
        ),
        "stories[1].id",
        "'US-1' is used by another story",
    ),
    # Query features: filter, search, ordering, display, unique_together.
    case(
        "filter_on_json",
        with_field(type="json", filter=True),
        f"{F}.filter",
        "a json field cannot be filtered",
    ),
    case(
        "filter_lookup_for_wrong_type",
        with_field(filter=["exact", "gte"]),
        f"{F}.filter[1]",
        "'gte' is not a lookup for a string field",
    ),
    case(
        "search_on_integer",
        with_field(type="integer", search=True),
        f"{F}.search",
        "an integer field cannot be searched",
    ),
    case(
        "order_on_list",
        with_field(type="list", of="string", order=True),
        f"{F}.order",
        "a list field cannot be ordered by",
    ),
    case(
        "ordering_unknown_field",
        with_entity(ordering=["-titel"]),
        "entities[0].ordering[0]",
        "'titel' is not a field of Product (did you mean 'title'?)",
    ),
    case("ordering_empty", with_entity(ordering=[]), "entities[0].ordering", "must list at least one field"),
    case(
        "display_names_a_relation",
        with_relations({"name": "owner", "to": "User"}, display="owner"),
        "entities[0].display",
        "'owner' is not a field of Product (a relation cannot be the display)",
    ),
    case(
        "display_unknown_field",
        with_entity(display="titel"),
        "entities[0].display",
        "(did you mean 'title'?)",
    ),
    case(
        "unique_together_unknown_field",
        with_entity(unique_together=[["title", "sku"]]),
        "entities[0].unique_together[0][1]",
        "'sku' is not a field or many_to_one relation of Product",
    ),
    case(
        "unique_together_single_field",
        with_entity(unique_together=[["title"]]),
        "entities[0].unique_together[0]",
        "for one field use unique: true",
    ),
    # Rules: comparisons of two fields, or of a field and a constant.
    case(
        "rule_unreadable", with_rules("starts_on =< due_on"), RULE, "write '<field> <op> <field or constant>'"
    ),
    case("rule_unknown_field", with_rules("starts_on <= du_on"), RULE, "(did you mean 'due_on'?)"),
    case("rule_relation", with_rules("title == maker", relations=[MAKER]), RULE, "'maker' is a relation"),
    case("rule_removed_field", with_rules("starts_on <= gone"), RULE, "names 'gone', a removed field"),
    case("rule_json", with_rules("extra == extra"), RULE, "json field, which rules cannot compare"),
    case("rule_order_on_text", with_rules("title < 'm'"), RULE, "string field, which has no order"),
    case("rule_order_on_boolean", with_rules("done > false"), RULE, "boolean field, which has no order"),
    case(
        "rule_two_kinds",
        with_rules("starts_on <= quantity"),
        RULE,
        "compares starts_on (a date) with quantity",
    ),
    case("rule_with_itself", with_rules("due_on >= due_on"), RULE, "compares due_on with itself"),
    case(
        "rule_constant_type",
        with_rules("quantity > 1.5"),
        RULE,
        "does not fit quantity: must be a whole number",
    ),
    case(
        "rule_constant_date", with_rules("starts_on >= 2026-02-30"), RULE, "is not a date such as 2026-01-31"
    ),
    case("rule_constant_on_left", with_rules("0 < quantity"), RULE, "write 'quantity > 0'"),
    case(
        "rule_constant_choice",
        with_rules("stage != 'archived'"),
        RULE,
        "'archived' is not one of the choices",
    ),
    case("rule_naive_datetime", with_rules("seen_at > 2026-01-01T09:00"), RULE, "has no time zone"),
    case(
        "rule_repeated", with_rules("quantity > 0", "quantity > 0"), "entities[0].rules[1].check", "repeats"
    ),
    case(
        "rule_empty_message", with_rules("quantity > 0", message=" "), "entities[0].rules[0].message", "empty"
    ),
]

CASE_IDS = [param.id for param in CASES]
CASES_BY_ID = {param.id: param for param in CASES}

# Cases that also go through copier: one of each kind of check.
RENDERED = [
    "top_level_typo",
    "entity_key_typo",
    "unknown_feature",
    "empty_entities",
    "type_typo",
    "min_above_max",
    "default_outside_choices",
    "relation_to_unknown_entity",
    "required_relation_set_null",
    "cycle_of_required_relations",
    "reserved_entity_Workspace",
    "keyword_field_class",
    "explicit_related_names_clash",
    "acceptance_contradicts_default_permissions",
    "filter_on_json",
    "project_slug_with_a_leading_digit",
    "entity_url_of_the_audit_log",
    "control_parameter_filter_page",
    "rule_two_kinds",
]


def problems_of(genome: dict) -> list[tuple[str, str]]:
    with pytest.raises(GenomeError) as info:
        build(genome)
    return info.value.problems


def describe(problems: list[tuple[str, str]]) -> str:
    return "\n".join(f"  {where}: {message}" for where, message in problems)


def test_base_genome_is_valid():
    genome = build(base())
    assert [e.name for e in genome.entities] == ["Product"]


def test_cases_are_distinct():
    assert len(CASE_IDS) == len(set(CASE_IDS))
    assert len(CASES) >= 30
    assert set(RENDERED) <= set(CASE_IDS)


@pytest.mark.parametrize(("genome", "where", "phrase"), CASES)
def test_build_refuses_with_located_message(genome, where, phrase):
    problems = problems_of(genome)
    at_place = [message for place, message in problems if place == where]
    assert at_place, f"nothing reported at {where}; got:\n{describe(problems)}"
    assert any(phrase in message for message in at_place), (
        f"no message at {where} says {phrase!r}; got:\n{describe(problems)}"
    )


@pytest.mark.parametrize(("genome", "where", "phrase"), CASES)
def test_error_text_lists_the_place(genome, where, phrase):
    with pytest.raises(GenomeError) as info:
        build(genome)
    text = str(info.value)
    assert text.startswith("The genome has ")
    assert "nothing was generated" in text
    assert f"\n  {where}: " in text
    assert "Traceback" not in text


def test_every_problem_is_reported_at_once():
    genome = with_relations({"name": "maker", "to": "Maker"})
    genome["entities"][0]["fields"].append({"name": "price", "type": "integr"})
    genome["entities"][0]["permissions"] = {"delete": ["boss"]}
    genome["stories"] = [
        {"id": "US-1", "as": "viewer", "want": "to look", "acceptance": ["viewer can delete Product"]}
    ]
    places = [where for where, _ in problems_of(genome)]
    assert places == [
        "entities[0].fields[1].type",
        "entities[0].permissions.delete[0]",
        "entities[0].relations[0].to",
        "stories[0].acceptance[0]",
    ]


def test_every_shape_problem_is_reported_at_once():
    genome = base()
    genome["entites"] = []
    genome["entities"][0]["feilds"] = []
    genome["entities"][0]["fields"][0]["required"] = "yes"
    places = [where for where, _ in problems_of(genome)]
    assert places == ["entites", "entities[0].feilds", "entities[0].fields[0].required"]


def test_a_valid_twin_relation_pair_is_accepted():
    """Two relations to one target get distinct derived reverse accessors."""
    genome = with_entities(
        {
            "name": "Order",
            "relations": [{"name": "buyer", "to": "Product"}, {"name": "seller", "to": "Product"}],
        }
    )
    built = build(genome)
    order = next(e for e in built.entities if e.name == "Order")
    assert [r.related_name for r in order.relations] == ["buyer_orders", "seller_orders"]


def test_a_tombstone_needs_only_its_name():
    """`{name: body, removed: true}` confirms a drop: no type or target is asked for."""
    genome = with_fields({"name": "body", "removed": True})
    genome["entities"][0]["relations"] = [{"name": "maker", "removed": True}]
    product = build(genome).entities[0]
    assert [f.name for f in product.fields] == ["title"]
    assert product.relations == []


def test_transitions_list_every_choice_and_unlisted_values_are_final():
    genome = with_field(**STATUS, transitions={"doing": ["done", "todo"], "todo": ["doing"]})
    status = build(genome).entities[0].fields[0]
    assert status.transitions == {"todo": ("doing",), "doing": ("done", "todo"), "done": ()}


def test_visible_to_lists_its_roles_in_the_genome_order():
    genome = with_fields({"name": "notes", "type": "text", "visible_to": ["member", "owner"]})
    fields = build(genome).entities[0].fields
    assert [f.visible_to for f in fields] == [(), ("owner", "member")]


# -------------------------------------------------------------- through copier


def rendered_cases():
    return [CASES_BY_ID[case_id] for case_id in RENDERED]


@pytest.mark.parametrize(("genome", "where", "phrase"), rendered_cases())
def test_copier_refuses_and_leaves_existing_destination_empty(template_src, tmp_path, genome, where, phrase):
    dst = tmp_path / "project"
    dst.mkdir()
    with pytest.raises(UserMessageError) as info:
        render(template_src, genome, dst)
    assert f"\n  {where}: " in str(info.value)
    assert list(dst.iterdir()) == []


@pytest.mark.parametrize(("genome", "where", "phrase"), rendered_cases())
def test_copier_refuses_and_never_creates_destination(template_src, tmp_path, genome, where, phrase):
    dst = tmp_path / "project"
    with pytest.raises(UserMessageError) as info:
        render(template_src, genome, dst)
    assert f"\n  {where}: " in str(info.value)
    assert not dst.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("key", ["project_name", "entities"])
def test_copier_refuses_a_genome_without_a_required_key(template_src, tmp_path, key):
    dst = tmp_path / "project"
    with pytest.raises(UserMessageError, match=rf"\n  {key}: is required"):
        render(template_src, without(key), dst)


CLI_CASES = [
    pytest.param(
        with_field(type="strng"), "entities[0].fields[0].type", "did you mean 'string'?", id="field_type_typo"
    ),
    # Copier answers the missing `entities` from its default, and validates that
    # answer: the refusal must still be a message, not a traceback.
    pytest.param(
        renamed_top("entities", "entites"), "entites", "did you mean 'entities'?", id="top_level_typo"
    ),
    pytest.param(
        {"entities": [{"name": "Product", "fields": [{"name": "id", "type": "uuid"}]}]},
        "entities[0].fields[0].name",
        "is already on every generated model",
        id="no_project_name_and_a_bad_field",
    ),
]


@pytest.mark.parametrize(("genome", "where", "phrase"), CLI_CASES)
def test_copier_cli_names_the_place_without_traceback(template_src, tmp_path, genome, where, phrase):
    copier = Path(sys.executable).with_name("copier")
    if not copier.exists():
        pytest.skip(f"no copier executable next to {sys.executable}")
    data_file = tmp_path / "bad.yml"
    data_file.write_text(yaml.safe_dump(genome, sort_keys=False))
    dst = tmp_path / "project"
    result = subprocess.run(
        [
            str(copier),
            "copy",
            "--trust",
            "--defaults",
            "--data-file",
            str(data_file),
            str(template_src),
            str(dst),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode != 0
    assert f"  {where}: " in result.stderr
    assert phrase in result.stderr
    assert "nothing was generated" in result.stderr
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr
    assert not dst.exists()


def test_an_update_may_add_a_required_save_time_but_not_a_required_creation_time():
    old = {
        "project_name": "P",
        "entities": [{"name": "Note", "fields": [{"name": "title", "type": "string"}]}],
    }

    def adding(auto: str) -> list[tuple[str, str]]:
        new = copy.deepcopy(old)
        new["entities"][0]["fields"].append(
            {"name": "stamp", "type": "datetime", "required": True, "auto": auto}
        )
        return check_changes(GenomeSpec.model_validate(old), GenomeSpec.model_validate(new))

    # The migration fills the rows that exist with its own time.
    assert adding("now") == []
    [(where, message)] = adding("now_add")
    assert where == "entities[0].fields[1].auto"
    assert "add it optional, or use auto: now" in message
