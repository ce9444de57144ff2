"""What each field type means: its Django field, its emptiness, its factory value,
the values that break its rules, and how personal data of its type is erased.

Computed per field from the genome; the views of the generated modules read these.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import naming
from .build import choice_values, decimal_shape
from .model import Entity, Field, Rule
from .pycode import Call, Imports, Kw, Raw, Seq, py_literal, py_regex, py_str

DJANGO_FIELD = {
    "string": "CharField",
    "text": "TextField",
    "slug": "SlugField",
    "email": "EmailField",
    "url": "URLField",
    "uuid": "UUIDField",
    "integer": "IntegerField",
    "big_integer": "BigIntegerField",
    "decimal": "DecimalField",
    "float": "FloatField",
    "boolean": "BooleanField",
    "date": "DateField",
    "datetime": "DateTimeField",
    "time": "TimeField",
    "duration": "DurationField",
    "choice": "CharField",
    "json": "JSONField",
    "file": "FileField",
    "image": "ImageField",
}
DEFAULT_MAX_LENGTH = {"string": 255, "slug": 50, "email": 254, "url": 200}
BLANK_STRING_TYPES = {"string", "text", "slug", "email", "url", "choice", "file", "image"}


def diagram_type(field: Field) -> str:
    """The field's type as the ER diagram names it."""
    if field.type == "list":
        return f"list[{field.spec.of}]"
    return field.type


def constrained(entity: Entity, field: Field) -> bool:
    """A unique field enforced by a UniqueConstraint in Meta, not ``unique=True``."""
    return field.unique and (entity.tenant or entity.soft_delete or blank_unique(field))


def blank_unique(field: Field) -> bool:
    return field.unique and not field.required and field.type in BLANK_STRING_TYPES


def anchored(pattern: str) -> str:
    """Django's RegexValidator searches; genome patterns must match the whole value."""
    return rf"\A(?:{pattern})\Z"


def field_call(entity: Entity, field: Field, imports: Imports) -> Call:
    """The model field's constructor call: class, column shape, emptiness, validators."""
    spec = field.spec
    kind = field.type
    args: list = []
    validators: list = []
    if kind == "list":
        base_kind = spec.of
        base_args: list = []
        if base_kind in DEFAULT_MAX_LENGTH:
            base_args.append(Kw("max_length", str(spec.max_length or DEFAULT_MAX_LENGTH[base_kind])))
        if base_kind == "decimal":
            base_args += [Kw("max_digits", "12"), Kw("decimal_places", "2")]
        imports.add("django.contrib.postgres.fields", "ArrayField")
        args.append(Call(f"models.{DJANGO_FIELD[base_kind]}", base_args))
        if spec.max_items is not None:
            args.append(Kw("size", str(spec.max_items)))
        func = "ArrayField"
    else:
        func = f"models.{DJANGO_FIELD[kind]}"
    if kind in DEFAULT_MAX_LENGTH:
        max_length = spec.max_length or DEFAULT_MAX_LENGTH[kind]
        if kind == "string" or spec.max_length is not None:
            args.append(Kw("max_length", str(max_length)))
    if kind == "choice":
        args.append(Kw("max_length", str(max(len(v) for v in choice_values(spec)))))
        args.append(Kw("choices", f"{field.choices_class}.choices"))
    if kind == "decimal":
        digits, places = decimal_shape(spec)
        args += [Kw("max_digits", str(digits)), Kw("decimal_places", str(places))]
    if kind in {"file", "image"}:
        imports.add("apps.core.uploads", "RandomDirectory")
        prefix = py_str(f"{entity.app_label}/{field.name}/")
        args.append(Kw("upload_to", Call("RandomDirectory", [prefix])))
        # Room for the path: <app_label>/<field>/<32 hex digits>/<file name>.
        args.append(Kw("max_length", "255"))
    # Emptiness: text-like columns store "", the others NULL. An optional choice
    # with a default takes the default when omitted: "" is not one of its choices.
    if not field.required and not (kind == "choice" and field.has_default):
        if kind in BLANK_STRING_TYPES:
            args.append(Kw("blank", "True"))
            if not field.has_default and kind not in {"file", "image"}:
                args.append(Kw("default", '""'))
        elif kind == "list":
            args.append(Kw("blank", "True"))
            if not field.has_default:
                args.append(Kw("default", "list"))
        elif kind == "boolean":
            if not field.has_default:
                args.append(Kw("default", "False"))
        else:
            args += [Kw("null", "True"), Kw("blank", "True")]
    if field.has_default:
        args.append(Kw("default", default_source(field, imports)))
    if field.unique and not constrained(entity, field):
        args.append(Kw("unique", "True"))
    if field.index and not entity.tenant and not field.unique:
        args.append(Kw("db_index", "True"))
    if field.help:
        args.append(Kw("help_text", py_str(field.help)))
    # Validators.
    if kind in {"string", "text"}:
        if spec.min_length:
            imports.add("django.core.validators", "MinLengthValidator")
            validators.append(Call("MinLengthValidator", [str(spec.min_length)]))
        if kind == "text" and spec.max_length is not None:
            imports.add("django.core.validators", "MaxLengthValidator")
            validators.append(Call("MaxLengthValidator", [str(spec.max_length)]))
        if spec.pattern is not None:
            imports.add("django.core.validators", "RegexValidator")
            validators.append(Call("RegexValidator", [py_regex(anchored(spec.pattern))]))
    if kind in {"integer", "big_integer", "decimal", "float"}:
        for key, validator in (("min", "MinValueValidator"), ("max", "MaxValueValidator")):
            bound = getattr(spec, key)
            if bound is not None:
                imports.add("django.core.validators", validator)
                validators.append(Call(validator, [number_source(kind, bound, imports)]))
    if kind in {"file", "image"} and spec.max_size is not None:
        imports.add("apps.core.validators", "MaxFileSizeValidator")
        validators.append(
            Call(
                "MaxFileSizeValidator",
                [f"{spec.max_size:_}" if spec.max_size >= 10_000 else str(spec.max_size)],
            )
        )
    if validators:
        args.append(Kw("validators", Seq(validators)))
    return Call(func, args)


def number_source(kind: str, bound: int | Decimal, imports: Imports) -> str:
    if kind == "decimal":
        imports.add("decimal", "Decimal")
        return f'Decimal("{bound}")'
    if kind == "float":
        return repr(float(bound))
    return str(int(bound))


def default_source(field: Field, imports: Imports) -> str:
    value = field.default_value
    if field.type == "choice":
        return f"{field.choices_class}.{naming.upper_snake(value)}"
    if field.type in {"list", "json"} and value in ([], {}):
        return "list" if value == [] else "dict"
    if field.type == "decimal":
        imports.add("decimal", "Decimal")
        _, places = decimal_shape(field.spec)
        return f'Decimal("{Decimal(str(value)).quantize(Decimal(1).scaleb(-places))}")'
    if field.type == "float":
        return repr(float(value))
    if field.type in {"date", "datetime", "time", "duration"}:
        imports.add("datetime")
    return py_literal(value)


def factory_value(entity: Entity, field: Field, imports: Imports) -> Call | str:
    """The factory_boy declaration that makes a valid, varied value of ``field``."""
    spec = field.spec
    kind = field.type
    if kind in {"string", "text"}:
        if spec.pattern is not None:
            imports.add("apps.core.testing", "text_matching")
            bounds = f"{spec.min_length or 0}, {spec.max_length or (255 if kind == 'string' else 10_000)}"
            return Call(
                "factory.LazyFunction", [f"lambda: text_matching({py_regex(spec.pattern)}, {bounds})"]
            )
        return sequence_text(field, spec)
    if kind == "slug":
        return sequence(f"{field.name.replace('_', '-')}-{{n}}")
    if kind == "email":
        return sequence(f"{field.name}{{n}}@example.com")
    if kind == "url":
        return sequence(f"https://example.com/{field.name}/{{n}}")
    if kind == "uuid":
        imports.add("uuid")
        return Call("factory.LazyFunction", ["uuid.uuid4"])
    if kind in {"integer", "big_integer"}:
        low = int(spec.min) if spec.min is not None else 0
        high = int(spec.max) if spec.max is not None else max(low, 0) + 1000
        if field.unique:
            return (
                Call("factory.Sequence", [f"lambda n: {low} + n % {high - low + 1}"])
                if spec.max is not None
                else Call("factory.Sequence", [f"lambda n: {low} + n"])
            )
        imports.add("factory.fuzzy")
        return Call("factory.fuzzy.FuzzyInteger", [str(low), str(high)])
    if kind == "decimal":
        digits, places = decimal_shape(spec)
        limit = Decimal(10) ** (digits - places) - 1
        low = Decimal(str(spec.min)) if spec.min is not None else Decimal(0)
        high = Decimal(str(spec.max)) if spec.max is not None else min(limit, low + 1000)
        imports.add("factory.fuzzy")
        return Call("factory.fuzzy.FuzzyDecimal", [_plain(low), _plain(high), Kw("precision", str(places))])
    if kind == "float":
        low = float(spec.min) if spec.min is not None else 0.0
        high = float(spec.max) if spec.max is not None else low + 1000.0
        imports.add("factory.fuzzy")
        return Call("factory.fuzzy.FuzzyFloat", [repr(low), repr(high)])
    if kind == "boolean":
        return Call("factory.Faker", [py_str("pybool")])
    if kind == "date":
        return Call("factory.Faker", [py_str("date_object")])
    if kind == "datetime":
        imports.add("datetime")
        return Call("factory.Faker", [py_str("date_time"), Kw("tzinfo", "datetime.UTC")])
    if kind == "time":
        return Call("factory.Faker", [py_str("time_object")])
    if kind == "duration":
        return Call("factory.Faker", [py_str("time_delta"), Kw("end_datetime", py_str("+30d"))])
    if kind == "choice":
        imports.add("factory.fuzzy")
        return Call("factory.fuzzy.FuzzyChoice", [f"{entity.name}.{field.choices_class}.values"])
    if kind == "list":
        items = list_sample(spec)
        return Call("factory.List", [Seq(items)])
    if kind == "json":
        return Call("factory.Dict", [Raw('{"key": "value"}')])
    if kind == "file":
        return Call(
            "factory.django.FileField",
            [Kw("filename", py_str(f"{field.name}.txt")), Kw("data", 'b"sample"')],
        )
    if kind == "image":
        return Call("factory.django.ImageField", [Kw("width", "8"), Kw("height", "8")])
    raise AssertionError(kind)


def sequence(template: str) -> Call:
    return Call("factory.Sequence", [f'lambda n: f"{template}"'])


def sequence_text(field: Field, spec) -> Call:
    # "<stem>-<n>", with the stem cut or padded so every n fits the length rules.
    max_length = spec.max_length or (255 if field.type == "string" else 1000)
    min_length = spec.min_length or 1
    room = max(1, max_length - 7)
    stem = field.name.replace("_", "-")[:room]
    stem = stem.ljust(max(min_length, len(stem)), "x")[:room]
    if max_length < 9:
        digits = max_length
        return Call("factory.Sequence", [f'lambda n: f"{{n % {10**digits}:0{max(min_length, 1)}d}}"'])
    return sequence(f"{stem}-{{n}}")


# Erasure markers by field type for required fields ("{pk}" becomes the row's id):
# non-deliverable addresses (RFC 2606 reserves .invalid) that pass Django's validators.
ERASED_MARKER = {
    "string": "erased",
    "text": "erased",
    "slug": "erased-{pk}",
    "email": "erased-{pk}@erased.invalid",
    "url": "https://erased.invalid/{pk}",
}
# Emptiness on erasure of an optional field, as the model stores it (see field_call).
ERASED_EMPTY = {"list": "[]", "boolean": None}
# How the README shows an erased value.
ERASED_SHOWN = {'""': "blank", "None": "NULL", "[]": "empty list"}
# The longest row id: a bigint's 19 digits.
LONGEST_PK = "9" * 19


def erased_value(field: Field) -> tuple[str | None, str]:
    """The Python source of the value that erases ``field``, or None and why not.

    Optional fields are emptied ("" or NULL, as the model stores emptiness), which
    skips their validators. A required text-like field gets a marker when the marker
    passes its length, pattern and uniqueness rules.
    """
    kind = field.type
    if not field.required:
        if kind in ERASED_EMPTY:
            empty = ERASED_EMPTY[kind]
            return empty, "" if empty else "a boolean has no empty value"
        return ('""' if kind in BLANK_STRING_TYPES else "None"), ""
    marker = ERASED_MARKER.get(kind)
    if marker is None:
        return None, f"required {kind}: no value stands for none"
    if field.unique and "{pk}" not in marker:
        marker += "-{pk}"
    spec = field.spec
    longest = marker.format(pk=LONGEST_PK)
    max_length = (spec.max_length if spec else None) or DEFAULT_MAX_LENGTH.get(kind)
    if max_length is not None and len(longest) > max_length:
        return None, f"required {kind} of at most {max_length} characters: no marker fits"
    if spec and spec.min_length and len(marker.format(pk="1")) < spec.min_length:
        return None, f"required {kind} of at least {spec.min_length} characters"
    if (
        spec
        and spec.pattern
        and not all(re_fullmatch(spec.pattern, marker.format(pk=pk)) for pk in ("1", LONGEST_PK))
    ):
        return None, f"required {kind} whose pattern the marker does not match"
    return py_str(marker), ""


# Two valid items of each list item type, as Python source.
LIST_SAMPLES = {
    "string": ['"alpha"', '"beta"'],
    "slug": ['"alpha"', '"beta"'],
    "email": ['"a@example.com"', '"b@example.com"'],
    "url": ['"https://example.com/a"', '"https://example.com/b"'],
    "uuid": ['"0b9e9c8e-6d1f-4f59-9b55-0d2f1a3b9a10"', '"5a8f6a14-2c3e-4d1f-8b6a-3f1e2d4c5b6a"'],
    "integer": ["1", "2"],
    "big_integer": ["1", "2"],
    "decimal": ['"1.50"', '"2.50"'],
    "float": ["1.5", "2.5"],
    "boolean": ["True", "False"],
    "date": ['"2026-01-01"', '"2026-01-02"'],
    "datetime": ['"2026-01-01T09:00:00+00:00"', '"2026-01-02T09:00:00+00:00"'],
    "time": ['"09:00:00"', '"10:00:00"'],
}


def list_sample(spec) -> list[str]:
    samples = LIST_SAMPLES[spec.of]
    count = min(2, spec.max_items or 2)
    return samples[:count]


def rules_for(field: Field) -> list[Rule]:
    """Each rule the genome sets on a field, with a value that breaks it."""
    spec = field.spec
    kind = field.type
    rules: list[Rule] = []

    def add(name: str, bad: str, *, api: bool = True, model: bool = True, imports: tuple = ()) -> None:
        test_id = f"{field.name}-{name}"
        rules.append(Rule(name=name, bad_value=bad, test_id=test_id, api=api, model=model, imports=imports))

    if kind in {"string", "text"}:
        max_length = spec.max_length if spec.max_length is not None else (255 if kind == "string" else None)
        if max_length is not None:
            add("max_length", f'"x" * {max_length + 1}')
        if spec.min_length:
            add(
                "min_length",
                f'"x" * {spec.min_length - 1}' if spec.min_length > 1 else '""',
                api=spec.min_length > 1 or field.required,
                model=spec.min_length > 1 or field.required,
            )
        if spec.pattern is not None:
            bad = next(
                (
                    c
                    for c in ["!", "~~", " x ", "0", "a", "A-", "__"]
                    if re_fullmatch(spec.pattern, c) is False
                ),
                None,
            )
            if bad is not None:
                add("pattern", py_str(bad))
    if kind == "slug":
        add("slug", '"not a slug!"')
    if kind == "email":
        add("email", '"not-an-email"')
    if kind == "url":
        add("url", '"not a url"')
    if kind == "uuid":
        add("uuid", '"not-a-uuid"', model=False)
    if kind in {"integer", "big_integer", "decimal", "float"}:
        decimal = kind == "decimal"
        needs = (("decimal", "Decimal"),) if decimal else ()
        if spec.min is not None:
            value = Decimal(str(spec.min)) - 1
            add("min", _number(kind, value, decimal), imports=needs)
        if spec.max is not None:
            value = Decimal(str(spec.max)) + 1
            add("max", _number(kind, value, decimal), imports=needs)
        add("type", '"not a number"', model=False)
        if decimal:
            digits, places = decimal_shape(spec)
            if digits - places + 1 <= 30:
                add("max_digits", f'Decimal("{"9" * (digits - places + 1)}")', imports=needs)
            else:
                add("max_digits", '"1e40"')
    if kind in {"date", "datetime", "time", "duration"}:
        add("type", f'"not a {kind}"', model=False)
    if kind == "boolean":
        add("type", '"maybe"', model=False)
    if kind == "choice":
        options = set(choice_values(spec))
        bad = "not-a-choice"
        while bad in options:
            bad += "!"
        add("choices", py_str(bad))
    if kind == "list":
        if spec.max_items is not None:
            item = {
                "string": '"x"',
                "slug": '"x"',
                "email": '"x@example.com"',
                "url": '"https://example.com"',
            }.get(spec.of, list_sample(spec)[0])
            add("max_items", f"[{item}] * {spec.max_items + 1}")
        if spec.max_length is not None and spec.of in {"string", "slug", "email", "url"}:
            add("item_max_length", f'["x" * {spec.max_length + 1}]')
        add("type", '"not a list"', model=False)
    if kind in {"file", "image"} and spec.max_size is not None:
        add(
            "max_size",
            f"oversized_file({spec.max_size + 1})",
            api=False,
            imports=(("apps.core.testing", "oversized_file"),),
        )
    return rules


def _plain(value: Decimal) -> str:
    """A Decimal as a short int or float literal (factory_boy's fuzzers take floats)."""
    return str(int(value)) if value == value.to_integral_value() else str(float(value))


def _number(kind: str, value: Decimal, decimal: bool) -> str:
    if decimal:
        return f'Decimal("{value}")'
    if kind == "float":
        return repr(float(value))
    return str(int(value))


def re_fullmatch(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value) is not None
