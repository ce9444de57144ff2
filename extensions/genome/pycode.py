"""Python source for the generated project, laid out as ``ruff format`` lays it out.

Templates only interpolate, so declarations such as a model field are built here
as small trees (calls, lists, keyword arguments) and printed flat when they fit in
88 columns, else one argument per line with a trailing comma, exactly what the
formatter would keep. Import blocks are sorted as ruff's isort sorts them.
"""

from __future__ import annotations

import ast
import datetime as dt
import sys
import textwrap
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

LINE_LENGTH = 88
INDENT = "    "


def py_str(value: str) -> str:
    """A string literal as ruff formats it (double quotes where that adds no escapes)."""
    literal = repr(value)
    if literal.startswith("'") and '"' not in value and "'" not in value:
        return '"' + literal[1:-1] + '"'
    return literal


def py_regex(pattern: str) -> str:
    if '"' not in pattern and not pattern.endswith("\\") and "\n" not in pattern:
        return f'r"{pattern}"'
    return py_str(pattern)


def py_literal(value: object) -> str:
    """Python source for a plain value from a genome (str, int, Decimal, bool, date...)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return f"datetime.datetime.fromisoformat({py_str(value.isoformat())})"
    if isinstance(value, dt.date):
        return f"datetime.date({value.year}, {value.month}, {value.day})"
    if isinstance(value, dt.time):
        return f"datetime.time({value.hour}, {value.minute}, {value.second})"
    if isinstance(value, dt.timedelta):
        return f"datetime.timedelta(seconds={int(value.total_seconds())})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"no Python literal for {value!r}")


class Node(ABC):
    """A piece of Python source that knows its one-line form and how to split."""

    @abstractmethod
    def flat(self) -> str:
        """The source on one line."""

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        """Render at ``indent`` levels, after ``prefix`` and before ``suffix``."""
        pad = INDENT * indent
        line = f"{pad}{prefix}{self.flat()}{suffix}"
        if len(line) <= LINE_LENGTH:
            return [line]
        if not self._children():
            # ruff puts a right-hand side that is too long in parentheses, on a
            # line of its own, when it fits there.
            wrapped = f"{pad}{INDENT}{self.flat()}"
            if prefix.endswith(" = ") and not suffix and len(wrapped) <= LINE_LENGTH:
                return [f"{pad}{prefix}(", wrapped, f"{pad})"]
            return [line]
        opener, closer = self._brackets()
        head = f"{pad}{prefix}{opener}"
        if len(head) > LINE_LENGTH and prefix.endswith(" = ") and not suffix:
            # Even split, the first line is too long: ruff parenthesises the value.
            return [f"{pad}{prefix}(", *self.lines(indent + 1), f"{pad})"]
        out = [head]
        for child in self._children():
            out.extend(_as_node(child).lines(indent + 1, suffix=","))
        out.append(f"{pad}{closer}{suffix}")
        return out

    def _children(self) -> list:
        return []

    def _brackets(self) -> tuple[str, str]:
        return "", ""


@dataclass
class Raw(Node):
    text: str

    def flat(self) -> str:
        return self.text


@dataclass
class Kw(Node):
    name: str
    value: Node | str

    def flat(self) -> str:
        return f"{self.name}={_as_node(self.value).flat()}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return _as_node(self.value).lines(indent, prefix=f"{prefix}{self.name}=", suffix=suffix)


@dataclass
class Pair(Node):
    """``key: value`` in a dict display."""

    key: str
    value: Node | str

    def flat(self) -> str:
        return f"{self.key}: {_as_node(self.value).flat()}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return _as_node(self.value).lines(indent, prefix=f"{prefix}{self.key}: ", suffix=suffix)


@dataclass
class Lambda(Node):
    params: str
    body: Node | str

    def flat(self) -> str:
        return f"lambda {self.params}: {_as_node(self.body).flat()}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        pad = INDENT * indent
        line = f"{pad}{prefix}{self.flat()}{suffix}"
        if len(line) <= LINE_LENGTH:
            return [line]
        body = _as_node(self.body).lines(indent + 1)
        return [f"{pad}{prefix}lambda {self.params}: (", *body, f"{pad}){suffix}"]


@dataclass
class Attr(Node):
    """``node.name``: an attribute read off a call, split as the call splits."""

    node: Node
    name: str

    def flat(self) -> str:
        return f"{self.node.flat()}.{self.name}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return self.node.lines(indent, prefix=prefix, suffix=f".{self.name}{suffix}")


@dataclass
class Call(Node):
    func: str
    args: list = field(default_factory=list)

    def flat(self) -> str:
        return f"{self.func}(" + ", ".join(_as_node(a).flat() for a in self.args) + ")"

    def _children(self) -> list:
        return self.args

    def _brackets(self) -> tuple[str, str]:
        return f"{self.func}(", ")"


@dataclass
class Seq(Node):
    items: list
    brackets: tuple[str, str] = ("[", "]")

    def flat(self) -> str:
        inner = ", ".join(_as_node(i).flat() for i in self.items)
        if self.brackets == ("(", ")") and len(self.items) == 1:
            inner += ","
        return f"{self.brackets[0]}{inner}{self.brackets[1]}"

    def _children(self) -> list:
        return self.items

    def _brackets(self) -> tuple[str, str]:
        return self.brackets


def _as_node(value: Node | str) -> Node:
    return value if isinstance(value, Node) else Raw(value)


def assign(name: str, value: Node | str, indent: int = 1) -> str:
    return "\n".join(_as_node(value).lines(indent, prefix=f"{name} = "))


def def_header(name: str, *params: str, returns: str = "") -> str:
    """``def name(params):`` as ruff keeps it: one line, else one parameter a line."""
    arrow = f" -> {returns}" if returns else ""
    flat = f"def {name}({', '.join(params)}){arrow}:"
    if len(flat) <= LINE_LENGTH:
        return flat
    body = "".join(f"{INDENT}{param},\n" for param in params)
    return f"def {name}(\n{body}){arrow}:"


def class_header(name: str, *bases: str) -> str:
    flat = f"class {name}({', '.join(bases)}):"
    if len(flat) <= LINE_LENGTH:
        return flat
    body = "".join(_base_lines(base) for base in bases)
    return f"class {name}(\n{body}):"


def _base_lines(base: str) -> str:
    """A base class on its own line; a generic one too long for it is split at its
    subscript, as ruff splits ``Factory[Model]``."""
    line = f"{INDENT}{base},\n"
    if len(line) <= LINE_LENGTH + 1 or not base.endswith("]") or "[" not in base:
        return line
    head, _, inner = base[:-1].partition("[")
    return f"{INDENT}{head}[\n{INDENT * 2}{inner}\n{INDENT}],\n"


def fit(source: str) -> str:
    """``source`` with each line that a long name pushes past 88 columns split as
    ruff keeps it: at the arguments of its last call that has some, one a line.

    Templates that interpolate entity names into short lines of code pass through
    it: ``row = NoteFactory.create(workspace=workspace)``, ``return ...``, ``assert
    [not] Note.objects.filter(pk=pk).exists()``, a bare call or a list item. Every
    other line is left as it is.
    """
    return "\n".join(_fit_line(line) for line in source.split("\n"))


def _fit_line(line: str) -> str:
    if len(line) <= LINE_LENGTH:
        return line
    text = line.lstrip(" ")
    depth, rest = divmod(len(line) - len(text), len(INDENT))
    suffix = "," if text.endswith(",") else ""
    text = text.removesuffix(suffix)
    if text.endswith(":") and text.startswith("def "):
        return _fit_header(line, text, depth)
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return line
    statement = tree.body[0] if len(tree.body) == 1 else None
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        keyword, value = f"{ast.get_source_segment(text, statement.targets[0])} = ", statement.value
    elif isinstance(statement, ast.Return) and statement.value is not None:
        keyword, value = "return ", statement.value
    elif isinstance(statement, ast.Assert) and statement.msg is None:
        keyword, value = "assert ", statement.test
    elif isinstance(statement, ast.Expr):
        keyword, value = "", statement.value
    else:
        return line
    negated = isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not)
    call = value.operand if negated else value
    # The last brackets of a chain that hold something: ``filter`` in
    # ``.filter(pk=1).exists()``, the subscript in ``.fields[name]``.
    while isinstance(call, ast.Call) and not (call.args or call.keywords):
        call = call.func.value if isinstance(call.func, ast.Attribute) else None
    if rest or not text.startswith(keyword):
        return line
    pad = INDENT * depth
    if not isinstance(call, ast.Call | ast.Subscript):
        return _parenthesised(line, text, tree, keyword, value, pad, suffix)
    if isinstance(call, ast.Subscript):
        opened, args, comma = call.value, [ast.get_source_segment(text, call.slice)], ""
    else:
        parts = sorted([*call.args, *call.keywords], key=lambda node: (node.lineno, node.col_offset))
        args = [
            f"**{ast.get_source_segment(text, part.value)}"
            if isinstance(part, ast.keyword) and part.arg is None
            else ast.get_source_segment(text, part)
            for part in parts
        ]
        opened, comma = call.func, ","
    start = value.col_offset + (len("not ") if negated else 0)
    head = text[start : opened.end_col_offset + 1]
    tail = text[call.end_col_offset - 1 : value.end_col_offset]
    body = [_fit_line(f"{pad}{INDENT}{arg}{comma}") for arg in args]
    lines = [f"{pad}{keyword}{'not ' if negated else ''}{head}", *body, f"{pad}{tail}{suffix}"]
    if len(lines[0]) > LINE_LENGTH and keyword:
        # ruff puts the value in parentheses when that makes its first line fit,
        # on one line when it fits there whole.
        flat = f"{pad}{INDENT}{ast.get_source_segment(text, value)}"
        inner = [
            f"{pad}{INDENT}{'not ' if negated else ''}{head}",
            *(INDENT + b for b in body),
            f"{pad}{INDENT}{tail}",
        ]
        if len(flat) <= LINE_LENGTH:
            lines = [f"{pad}{keyword}(", flat, f"{pad}){suffix}"]
        elif len(inner[0]) <= LINE_LENGTH:
            lines = [f"{pad}{keyword}(", *inner, f"{pad}){suffix}"]
    laid_out = textwrap.dedent("\n".join(lines)).removesuffix(suffix)
    # The layout never changes what the line means.
    return "\n".join(lines) if ast.dump(ast.parse(laid_out)) == ast.dump(tree) else line


def _fit_header(line: str, text: str, depth: int) -> str:
    """A ``def`` line split one parameter a line."""
    try:
        tree = ast.parse(f"{text} ...")
    except SyntaxError:
        return line
    statement = tree.body[0]
    pad = INDENT * depth
    if isinstance(statement, ast.FunctionDef) and statement.returns is not None:
        params = text[text.index("(") + 1 : text.rindex(")")].split(", ")
        returns = ast.get_source_segment(text, statement.returns)
        lines = def_header(statement.name, *params, returns=returns).split("\n")
        lines = [f"{pad}{part}" for part in lines]
    else:
        return line
    laid_out = textwrap.dedent("\n".join(lines))
    if ast.dump(ast.parse(f"{laid_out} ...")) != ast.dump(tree) or len(lines[1]) > LINE_LENGTH:
        return line
    return "\n".join(lines)


def _parenthesised(line, text, tree, keyword, value, pad, suffix) -> str:
    """A value without brackets to split, in parentheses on lines of its own; a
    comparison is split before its operator."""
    if not keyword or suffix:
        return line
    inner = [ast.get_source_segment(text, value)]
    if len(pad + INDENT + inner[0]) > LINE_LENGTH:
        if not (isinstance(value, ast.Compare) and len(value.ops) == 1):
            return line
        left = ast.get_source_segment(text, value.left)
        inner = [left, text[value.left.end_col_offset : value.end_col_offset].strip()]
    lines = [f"{pad}{keyword}(", *(f"{pad}{INDENT}{part}" for part in inner), f"{pad})"]
    laid_out = textwrap.dedent("\n".join(lines))
    return "\n".join(lines) if ast.dump(ast.parse(laid_out)) == ast.dump(tree) else line


def str_tuple(names: Iterable[str]) -> Seq:
    return Seq([py_str(n) for n in names], ("(", ")"))


def str_list(names: Iterable[str]) -> Seq:
    return Seq([py_str(n) for n in names])


# Import blocks -------------------------------------------------------------

FIRST_PARTY = {"apps", "config"}
STDLIB = sys.stdlib_module_names


def _member_key(name: str) -> tuple[int, str]:
    # ruff's isort ``order-by-type``: CONSTANTS, then Classes, then functions.
    base = name.split(" as ")[0]
    if base.isupper() and len(base) > 1:
        kind = 0
    elif base[:1].isupper():
        kind = 1
    else:
        kind = 2
    return kind, base.lower() if kind == 2 else base


@dataclass
class Imports:
    """Collects imports for one module and prints them as ruff's isort does."""

    plain: set[str] = field(default_factory=set)
    members: dict[str, set[str]] = field(default_factory=dict)

    def add(self, module: str, *names: str) -> Imports:
        if names:
            self.members.setdefault(module, set()).update(names)
        else:
            self.plain.add(module)
        return self

    @staticmethod
    def _section(module: str) -> int:
        top = module.split(".")[0]
        if module.startswith("."):
            return 3
        if top in STDLIB:
            return 0
        if top in FIRST_PARTY:
            return 2
        return 1

    def render(self) -> str:
        sections: list[list[str]] = [[], [], [], []]
        for module in sorted(self.plain, key=str.lower):
            sections[self._section(module)].append(f"import {module}")
        for module in sorted(self.members, key=lambda m: _module_key(m)):
            names = sorted(self.members[module], key=_member_key)
            line = f"from {module} import {', '.join(names)}"
            if len(line) > LINE_LENGTH:
                body = "".join(f"{INDENT}{n},\n" for n in names)
                line = f"from {module} import (\n{body})"
            sections[self._section(module)].append(line)
        return "\n\n".join("\n".join(s) for s in sections if s)


def _module_key(module: str) -> tuple[int, str]:
    # Relative imports: ``from . import`` sorts after ``from .x import`` in ruff.
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lower())
