"""Text-like kinds: string, text, slug, email, url. Their columns store "" for no value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import values
from ..pycode import Call, Imports, Kw, py_regex, py_str
from .base import (
    BLANK_TEXT,
    TEXT_VALUES,
    TEXTUAL,
    Django,
    FieldKind,
    ListItem,
    Query,
    RuleSet,
    Value,
    kind_of,
    re_fullmatch,
    sequence,
)

if TYPE_CHECKING:
    from ..model import Entity, Field

# Characters tried, in order, for a value that breaks a field's pattern.
PATTERN_BREAKERS = ["!", "~~", " x ", "0", "a", "A-", "__"]


def anchored(pattern: str) -> str:
    """Django's RegexValidator searches; genome patterns must match the whole value."""
    return rf"\A(?:{pattern})\Z"


def max_length(always: bool):
    """The max_length argument: always for a CharField, else only when the genome sets it."""

    def shape(entity: Entity, field: Field, imports: Imports) -> list:
        spec, default = field.spec, kind_of(field).django.max_length
        if always or spec.max_length is not None:
            return [Kw("max_length", str(spec.max_length or default))]
        return []

    return shape


def length_and_pattern(field: Field, imports: Imports) -> list[Call]:
    """Validators of the length and pattern rules; a column without a length of its own
    (a TextField) checks max_length with a validator."""
    spec = field.spec
    validators: list[Call] = []
    if spec.min_length:
        imports.add("django.core.validators", "MinLengthValidator")
        validators.append(Call("MinLengthValidator", [str(spec.min_length)]))
    if kind_of(field).django.max_length is None and spec.max_length is not None:
        imports.add("django.core.validators", "MaxLengthValidator")
        validators.append(Call("MaxLengthValidator", [str(spec.max_length)]))
    if spec.pattern is not None:
        imports.add("django.core.validators", "RegexValidator")
        validators.append(Call("RegexValidator", [py_regex(anchored(spec.pattern))]))
    return validators


def free_text(entity: Entity, field: Field, imports: Imports) -> Call:
    """Distinct text within the length rules, or text the pattern matches."""
    spec = field.spec
    if spec.pattern is None:
        return sequence_text(field)
    imports.add("apps.core.testing", "text_matching")
    # Only strings take a pattern; their column has a max_length.
    longest = spec.max_length or kind_of(field).django.max_length
    bounds = f"{spec.min_length or 0}, {longest}"
    return Call("factory.LazyFunction", [f"lambda: text_matching({py_regex(spec.pattern)}, {bounds})"])


def sequence_text(field: Field) -> Call:
    # "<stem>-<n>", with the stem cut or padded so every n fits the length rules.
    spec = field.spec
    # Unbounded text: short values still read as text.
    max_length = spec.max_length or kind_of(field).django.max_length or 1000
    min_length = spec.min_length or 1
    room = max(1, max_length - 7)
    stem = field.name.replace("_", "-")[:room]
    stem = stem.ljust(max(min_length, len(stem)), "x")[:room]
    if max_length < 9:
        digits = max_length
        return Call("factory.Sequence", [f'lambda n: f"{{n % {10**digits}:0{max(min_length, 1)}d}}"'])
    return sequence(f"{stem}-{{n}}")


def free_text_rules(field: Field, rules: RuleSet) -> None:
    """Lengths, and a pattern when one of the breakers escapes it."""
    spec = field.spec
    longest = spec.max_length if spec.max_length is not None else kind_of(field).django.max_length
    if longest is not None:
        rules.add("max_length", f'"x" * {longest + 1}')
    if spec.min_length:
        short = spec.min_length > 1
        empty = f'"x" * {spec.min_length - 1}' if short else '""'
        rules.add("min_length", empty, api=short or field.required, model=short or field.required)
    if spec.pattern is not None:
        bad = next((c for c in PATTERN_BREAKERS if not re_fullmatch(spec.pattern, c)), None)
        if bad is not None:
            rules.add("pattern", py_str(bad))


def shape_rule(name: str, bad: str):
    """The rule of a type whose values have a shape (a slug, an address), broken by ``bad``."""

    def add(field: Field, rules: RuleSet) -> None:
        rules.add(name, bad)

    return add


def shaped(template: str):
    """A factory of values following ``template``: {name} is the field's name, {kebab} the same
    in kebab case, {n} the sequence number."""

    def factory(entity: Entity, field: Field, imports: Imports) -> Call:
        return sequence(template.format(name=field.name, kebab=field.name.replace("_", "-"), n="{n}"))

    return factory


TEXT_KEYS = frozenset({"max_length", "min_length", "pattern"})

STRING = FieldKind(
    name="string",
    keys=TEXT_KEYS,
    coerce=values.text,
    django=Django("models.CharField", 255, max_length(always=True), length_and_pattern),
    empty=BLANK_TEXT,
    query=Query(TEXTUAL, searchable=True),
    factory=free_text,
    rules=free_text_rules,
    erasure="erased",
    list_item=ListItem(('"alpha"', '"beta"'), short='"x"'),
    comparison=TEXT_VALUES,
    value=Value(text=True, varies=True, display=True),
)
TEXT = FieldKind(
    name="text",
    keys=frozenset({"min_length", "max_length"}),
    coerce=values.text,
    django=Django("models.TextField", validators=length_and_pattern),
    empty=BLANK_TEXT,
    query=Query(TEXTUAL, searchable=True, admin_column=False),
    factory=free_text,
    rules=free_text_rules,
    erasure="erased",
    list_item=None,
    comparison=TEXT_VALUES,
    value=Value(text=True, varies=True),
)
SLUG = FieldKind(
    name="slug",
    keys=frozenset({"max_length"}),
    coerce=values.text_matching(r"^[-a-zA-Z0-9_]+\Z", "a slug (letters, digits, '-' and '_')"),
    django=Django("models.SlugField", 50, max_length(always=False)),
    empty=BLANK_TEXT,
    query=Query(TEXTUAL, searchable=True),
    factory=shaped("{kebab}-{n}"),
    rules=shape_rule("slug", '"not a slug!"'),
    erasure="erased-{pk}",
    list_item=ListItem(('"alpha"', '"beta"'), short='"x"'),
    comparison=TEXT_VALUES,
    value=Value(text=True, varies=True),
)
EMAIL = FieldKind(
    name="email",
    keys=frozenset({"max_length"}),
    coerce=values.text_matching(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z", "an email address"),
    django=Django("models.EmailField", 254, max_length(always=False)),
    empty=BLANK_TEXT,
    query=Query(TEXTUAL, searchable=True),
    factory=shaped("{name}{n}@example.com"),
    rules=shape_rule("email", '"not-an-email"'),
    # Non-deliverable (RFC 2606 reserves .invalid), yet valid to Django's validators.
    erasure="erased-{pk}@erased.invalid",
    list_item=ListItem(('"a@example.com"', '"b@example.com"'), short='"x@example.com"'),
    comparison=TEXT_VALUES,
    value=Value(text=True, varies=True),
)
URL = FieldKind(
    name="url",
    keys=frozenset({"max_length"}),
    coerce=values.text_matching(r"^(https?|ftp)://\S+\Z", "a URL such as 'https://example.com'"),
    django=Django("models.URLField", 200, max_length(always=False)),
    empty=BLANK_TEXT,
    query=Query(TEXTUAL, searchable=True),
    factory=shaped("https://example.com/{name}/{n}"),
    rules=shape_rule("url", '"not a url"'),
    erasure="https://erased.invalid/{pk}",
    list_item=ListItem(('"https://example.com/a"', '"https://example.com/b"'), short='"https://example.com"'),
    comparison=TEXT_VALUES,
    value=Value(text=True, varies=True),
)
