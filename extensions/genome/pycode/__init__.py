"""Python source for the generated project, laid out as ``ruff format`` lays it out.

Views decide expressions such as a model field's constructor call; they are built here
as small trees (calls, lists, keyword arguments) and printed flat when they fit in
88 columns, else one argument per line with a trailing comma, exactly what the
formatter would keep. Import blocks are sorted as ruff's isort sorts them.
"""

from .imports import Imports
from .layout import INDENT, LINE_LENGTH, def_header, fit
from .literals import py_literal, py_regex, py_str
from .nodes import Attr, Call, Either, Kw, Lambda, Node, Pair, Raw, Seq, assign, str_list, str_tuple

__all__ = [
    "INDENT",
    "LINE_LENGTH",
    "Attr",
    "Call",
    "Either",
    "Imports",
    "Kw",
    "Lambda",
    "Node",
    "Pair",
    "Raw",
    "Seq",
    "assign",
    "def_header",
    "fit",
    "py_literal",
    "py_regex",
    "py_str",
    "str_list",
    "str_tuple",
]
