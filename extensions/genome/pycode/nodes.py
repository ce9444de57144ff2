"""Expressions as small trees (calls, sequences, keyword arguments) that print
flat when they fit in 88 columns, else one child a line with a trailing comma."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

from .layout import INDENT, LINE_LENGTH
from .literals import py_str


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


@dataclass(frozen=True)
class Raw(Node):
    text: str

    def flat(self) -> str:
        return self.text


@dataclass(frozen=True)
class Kw(Node):
    name: str
    value: Node | str

    def flat(self) -> str:
        return f"{self.name}={_as_node(self.value).flat()}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return _as_node(self.value).lines(indent, prefix=f"{prefix}{self.name}=", suffix=suffix)


@dataclass(frozen=True)
class Pair(Node):
    """``key: value`` in a dict display."""

    key: str
    value: Node | str

    def flat(self) -> str:
        return f"{self.key}: {_as_node(self.value).flat()}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return _as_node(self.value).lines(indent, prefix=f"{prefix}{self.key}: ", suffix=suffix)


@dataclass(frozen=True)
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
        body = _as_node(self.body)
        if isinstance(body, Seq) and len(body.items) > 1:
            # ruff splits a display of several items inside its own brackets, one
            # item a line; a lone item it leaves in the parentheses below.
            return body.lines(indent, prefix=f"{prefix}lambda {self.params}: ", suffix=suffix)
        return [f"{pad}{prefix}lambda {self.params}: (", *body.lines(indent + 1), f"{pad}){suffix}"]


@dataclass(frozen=True)
class Attr(Node):
    """``node.name``: an attribute read off a call, split as the call splits."""

    node: Node
    name: str

    def flat(self) -> str:
        return f"{self.node.flat()}.{self.name}"

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        return self.node.lines(indent, prefix=prefix, suffix=f".{self.name}{suffix}")


@dataclass(frozen=True)
class Call(Node):
    func: str
    args: tuple = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", tuple(self.args))

    def flat(self) -> str:
        return f"{self.func}(" + ", ".join(_as_node(a).flat() for a in self.args) + ")"

    def _children(self) -> list:
        return self.args

    def _brackets(self) -> tuple[str, str]:
        return f"{self.func}(", ")"


@dataclass(frozen=True)
class Seq(Node):
    items: tuple
    brackets: tuple[str, str] = ("[", "]")

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))

    def flat(self) -> str:
        inner = ", ".join(_as_node(i).flat() for i in self.items)
        if self.brackets == ("(", ")") and len(self.items) == 1:
            inner += ","
        return f"{self.brackets[0]}{inner}{self.brackets[1]}"

    def _children(self) -> list:
        return self.items

    def _brackets(self) -> tuple[str, str]:
        return self.brackets


@dataclass(frozen=True)
class Either(Node):
    """``a | b | c`` as a keyword argument: split, each operand after the first goes on
    a line of its own after ``|``, as ruff keeps it (no parentheses added there)."""

    items: tuple

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))

    def flat(self) -> str:
        return " | ".join(_as_node(i).flat() for i in self.items)

    def lines(self, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
        line = f"{INDENT * indent}{prefix}{self.flat()}{suffix}"
        if len(line) <= LINE_LENGTH:
            return [line]
        out: list[str] = []
        last = len(self.items) - 1
        for k, item in enumerate(self.items):
            head, tail = (prefix if k == 0 else "| "), (suffix if k == last else "")
            out.extend(_as_node(item).lines(indent, prefix=head, suffix=tail))
        return out


def _as_node(value: Node | str) -> Node:
    return value if isinstance(value, Node) else Raw(value)


def assign(name: str, value: Node | str, indent: int = 1) -> str:
    return "\n".join(_as_node(value).lines(indent, prefix=f"{name} = "))


def str_tuple(names: Iterable[str]) -> Seq:
    return Seq([py_str(n) for n in names], ("(", ")"))


def str_list(names: Iterable[str]) -> Seq:
    return Seq([py_str(n) for n in names])
