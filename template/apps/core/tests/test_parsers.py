"""The JSON parser refuses bodies no view could handle, before any view runs."""

import io
import json

import pytest
from rest_framework.exceptions import ParseError, ValidationError

from apps.core.parsers import MAX_DEPTH, JSONParser


def parse(text: str):
    return JSONParser().parse(io.BytesIO(text.encode()))


@pytest.mark.parametrize("levels", [MAX_DEPTH + 1, 100_000])
def test_a_body_nested_too_deep_is_malformed(levels):
    with pytest.raises(ParseError) as refused:
        parse("[" * levels + "]" * levels)
    assert str(refused.value.detail) == (
        f"The JSON body nests more than {MAX_DEPTH} levels deep; "
        "send a flatter document."
    )


def test_a_body_nested_to_the_limit_is_parsed():
    body = {"data": json.loads("[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1))}
    assert parse(json.dumps(body)) == body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "a\ud800"}, "title"),
        ({"extra": {"k": ["\udfff"]}}, "extra"),
        ({"\ud800": 1}, "non_field_errors"),
        (["\ud800"], "non_field_errors"),
    ],
    ids=["value", "nested", "key", "list"],
)
def test_an_unpaired_surrogate_is_refused_under_its_fields_name(body, field):
    with pytest.raises(ValidationError) as refused:
        parse(json.dumps(body))
    assert list(refused.value.detail) == [field]
