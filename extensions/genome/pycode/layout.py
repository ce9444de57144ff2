"""Lines laid out as ``ruff format`` keeps them: headers, tuple assignments, and
template lines that a long name pushes past 88 columns."""

from __future__ import annotations

import ast
import textwrap

LINE_LENGTH = 88
INDENT = "    "


def def_header(name: str, *params: str, returns: str = "") -> str:
    """``def name(params):`` as ruff keeps it: one line, else one parameter a line."""
    arrow = f" -> {returns}" if returns else ""
    flat = f"def {name}({', '.join(params)}){arrow}:"
    if len(flat) <= LINE_LENGTH:
        return flat
    body = "".join(f"{INDENT}{param},\n" for param in params)
    return f"def {name}(\n{body}){arrow}:"


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
    parts = _keyword_and_value(text, tree)
    if parts is None:
        return line
    keyword, value = parts
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
    opened, args, comma = _brackets_content(text, call)
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


def _keyword_and_value(text: str, tree: ast.Module) -> tuple[str, ast.expr] | None:
    """What a one-statement line starts with (``x = ``, ``return ``, ``assert `` or
    nothing) and the expression after it; None for any other statement."""
    statement = tree.body[0] if len(tree.body) == 1 else None
    if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
        return f"{ast.get_source_segment(text, statement.targets[0])} = ", statement.value
    if isinstance(statement, ast.Return) and statement.value is not None:
        return "return ", statement.value
    if isinstance(statement, ast.Assert) and statement.msg is None:
        return "assert ", statement.test
    if isinstance(statement, ast.Expr):
        return "", statement.value
    return None


def _brackets_content(text: str, call: ast.Call | ast.Subscript) -> tuple[ast.expr, list[str], str]:
    """What the brackets follow, what they hold one item a line, and the comma after
    each item (none in a subscript)."""
    if isinstance(call, ast.Subscript):
        return call.value, [ast.get_source_segment(text, call.slice)], ""
    parts = sorted([*call.args, *call.keywords], key=lambda node: (node.lineno, node.col_offset))
    args = [
        f"**{ast.get_source_segment(text, part.value)}"
        if isinstance(part, ast.keyword) and part.arg is None
        else ast.get_source_segment(text, part)
        for part in parts
    ]
    return call.func, args, ","


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
