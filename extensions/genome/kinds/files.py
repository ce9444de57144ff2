"""Uploaded files: file and image, stored under a random directory per upload."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pycode import Call, Imports, Kw, py_str
from .base import BLANK, Django, Empty, FieldKind, Query, RuleSet, Value

if TYPE_CHECKING:
    from ..model import Entity, Field


def upload(entity: Entity, field: Field, imports: Imports) -> list:
    imports.add("apps.core.uploads", "RandomDirectory")
    prefix = py_str(f"{entity.app_label}/{field.name}/")
    # Room for the path: <app_label>/<field>/<32 hex digits>/<file name>.
    return [Kw("upload_to", Call("RandomDirectory", [prefix])), Kw("max_length", "255")]


def max_size(field: Field, imports: Imports) -> list[Call]:
    size = field.spec.max_size
    if size is None:
        return []
    imports.add("apps.core.validators", "MaxFileSizeValidator")
    return [Call("MaxFileSizeValidator", [f"{size:_}" if size >= 10_000 else str(size)])]


def max_size_rule(field: Field, rules: RuleSet) -> None:
    if field.spec.max_size is not None:
        bad = f"oversized_file({field.spec.max_size + 1})"
        rules.add("max_size", bad, api=False, imports=(("apps.core.testing", "oversized_file"),))


def text_file(entity: Entity, field: Field, imports: Imports) -> Call:
    name = py_str(f"{field.name}.txt")
    return Call("factory.django.FileField", [Kw("filename", name), Kw("data", 'b"sample"')])


def image_file(entity: Entity, field: Field, imports: Imports) -> Call:
    return Call("factory.django.ImageField", [Kw("width", "8"), Kw("height", "8")])


# The column stores "" for no file.
NO_FILE = Empty(arguments=(BLANK,), defaulted=(BLANK,), value='""')

FILE = FieldKind(
    name="file",
    keys=frozenset({"max_size"}),
    coerce=None,
    django=Django("models.FileField", shape=upload, validators=max_size, unique=False),
    empty=NO_FILE,
    query=Query(None, admin_column=False),
    factory=text_file,
    rules=max_size_rule,
    erasure=None,
    list_item=None,
    comparison=None,
    value=Value(upload=True),
)
IMAGE = FieldKind(
    name="image",
    keys=frozenset({"max_size"}),
    coerce=None,
    django=Django("models.ImageField", shape=upload, validators=max_size, unique=False),
    empty=NO_FILE,
    query=Query(None, admin_column=False),
    factory=image_file,
    rules=max_size_rule,
    erasure=None,
    list_item=None,
    comparison=None,
    value=Value(upload=True),
)
