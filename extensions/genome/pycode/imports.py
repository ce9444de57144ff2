"""Import blocks, sorted and split as ruff's isort sorts them."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

from .layout import INDENT, LINE_LENGTH

FIRST_PARTY = {"apps", "config"}
STDLIB = sys.stdlib_module_names


def _member_key(name: str) -> tuple[int, str]:
    # ruff's isort ``order-by-type``: CONSTANTS, then Classes, then functions, each
    # group in case-insensitive order.
    base = name.split(" as ")[0]
    if base.isupper() and len(base) > 1:
        kind = 0
    elif base[:1].isupper():
        kind = 1
    else:
        kind = 2
    return kind, base.lower()


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
