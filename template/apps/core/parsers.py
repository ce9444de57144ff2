"""The JSON parser of every API view: DRF's, refusing what no view can handle.

- A body nested deeper than MAX_DEPTH: Python's JSON parser and encoder recurse,
  so thousands of levels would exhaust the interpreter's recursion limit while
  parsing, or later while a JSON column is saved.
- Unpaired surrogates (``"\\ud800"``): JSON may escape them, but they are not
  Unicode text; nothing can store or even echo them as UTF-8. They are refused
  under the name of the field that holds them.
"""

from rest_framework import parsers
from rest_framework.exceptions import ParseError, ValidationError
from rest_framework.validators import ProhibitSurrogateCharactersValidator

# No API document nests deeper.
MAX_DEPTH = 100
NOT_UNICODE = ProhibitSurrogateCharactersValidator()


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep() from None
        if isinstance(data, dict):
            check("non_field_errors", list(data), level=1)
            for name, value in data.items():
                check(name, value, level=2)
        else:
            check("non_field_errors", data, level=1)
        return data


def check(name: str, value, level: int) -> None:
    """Refuse the field ``name``'s ``value``, found ``level`` deep, when it nests
    too deep or holds what is not text."""
    pending = [(value, level)]
    while pending:
        value, level = pending.pop()
        if isinstance(value, dict):
            value = [*value, *value.values()]
        if isinstance(value, list):
            if level > MAX_DEPTH:
                raise too_deep()
            pending.extend((item, level + 1) for item in value)
        elif isinstance(value, str):
            try:
                NOT_UNICODE(value)
            except ValidationError as error:
                raise ValidationError({name: error.detail}) from None


def too_deep() -> ParseError:
    return ParseError(
        f"The JSON body nests more than {MAX_DEPTH} levels deep; "
        "send a flatter document."
    )
