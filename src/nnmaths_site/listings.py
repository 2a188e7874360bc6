"""Listings that teach: a Python-Markdown extension for the executed code blocks.

The modules in ``src/`` keep a doctest in every docstring and check their inputs
at the edge; the page's listing shows the function, its docstring's text (the
equation and the shapes) and its maths, but not the ``>>>`` examples with their
expected output, and not the input checks (as mdBook hides a listing's harness
lines). A check is a statement that only calls ``checked`` or a ``check_*``
function, or rebinds a name to ``checked`` of itself (``x = checked("x", x, ...)``),
or imports from ``nnmaths.checks``. Hidden lines are not executed on the page
either; the page passes valid input, so its outputs are the same.

It runs after pymdownx.snippets has included the code, and before superfences
reads the fences; only ``python`` fences with ``exec="1"`` are touched, so
``pycon`` blocks that the prose relies on stay as written, and a block titled
``src/nnmaths/checks.py`` keeps its lines (it is the checks' own listing).

In mkdocs.yml::

    markdown_extensions:
      - nnmaths_site.listings
"""

from __future__ import annotations

import ast
import re
import textwrap
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

FENCE = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")
EXECUTED = re.compile(r'^\{?\.?(python|py)\b.*\bexec="(1|yes|on|true)"')
QUOTES = '"""'
CHECKS_TITLE = 'title="src/nnmaths/checks.py"'


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def strip_examples(code: list[str]) -> list[str]:
    """Return the lines of ``code`` without the doctest examples of its docstrings.

    An example is a ``>>>`` line with its ``...`` continuations and expected output, up to
    the next blank line or the docstring's closing quotes; the blank line before it goes
    too, and a docstring left with its summary alone closes on the summary's line.
    """
    kept: list[str] = []
    in_docstring = False
    i = 0
    while i < len(code):
        line = code[i]
        if in_docstring and line.lstrip().startswith(">>>"):
            indent = indent_of(line)
            while (
                i < len(code)
                and code[i].strip()
                and not code[i].strip().startswith(QUOTES)
            ):
                i += 1 if indent_of(code[i]) >= indent else len(code)
            while kept and not kept[-1].strip():
                kept.pop()
            continue
        if line.count(QUOTES) % 2:
            in_docstring = not in_docstring
            if (
                not in_docstring
                and line.strip() == QUOTES
                and kept[-1].lstrip().startswith(QUOTES)
            ):
                kept[-1] += QUOTES  # """Summary.""" on one line
                i += 1
                continue
        kept.append(line)
        i += 1
    return kept


def is_check(node: ast.stmt) -> bool:
    """Whether ``node`` only checks its input (see the module's docstring)."""
    if isinstance(node, ast.ImportFrom):
        return node.module == "nnmaths.checks"
    call = node.value if isinstance(node, (ast.Expr, ast.Assign)) else None
    if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return False
    name = call.func.id
    if not isinstance(node, ast.Assign):
        return name == "checked" or name.startswith("check_")
    targets = node.targets
    return (
        name == "checked"
        and len(targets) == 1
        and len(call.args) > 1
        and ast.dump(targets[0]).replace("Store", "Load")
        == ast.dump(call.args[1])
    )


def _bodies(tree: ast.Module) -> list[list[ast.stmt]]:
    """The module's statements and the top-level statements of each function.

    A check inside a loop or a branch stays (hiding it could empty the block),
    and so does every line of a function that is itself a check (``check*``).
    """
    bodies = [tree.body]
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
            not node.name.startswith("check")
        ):
            bodies.append(node.body)
    return bodies


def check_lines(code: list[str]) -> set[int]:
    """The indexes of the lines of ``code`` that hold its input checks.

    Code that does not parse as whole statements has none. Code indented as a
    whole (a fence inside an admonition) is read dedented.
    """
    try:
        tree = ast.parse(textwrap.dedent("\n".join(code)))
    except SyntaxError:
        return set()
    hidden: set[int] = set()
    for body in _bodies(tree):
        for node in body:
            if is_check(node):
                end = node.end_lineno or node.lineno
                hidden.update(range(node.lineno - 1, end))
    return hidden


def strip_checks(code: list[str]) -> list[str]:
    """Return the lines of ``code`` without its input checks (see ``check_lines``)."""
    hidden = check_lines(code)
    return [line for i, line in enumerate(code) if i not in hidden]


class StripDoctests(Preprocessor):
    """Remove doctest examples from the docstrings inside executed Python fences."""

    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(lines):
            start = FENCE.match(lines[i])
            out.append(lines[i])
            i += 1
            if not start:
                continue
            end = i
            while end < len(lines) and lines[end].strip() != start["mark"]:
                end += 1
            body = lines[i:end]
            if EXECUTED.match(start["info"]):
                body = strip_examples(body)
                if CHECKS_TITLE not in start["info"]:
                    body = strip_checks(body)
            out += body
            out += lines[end : end + 1]  # the closing fence
            i = end + 1
        return out


# The collapsed blocks that hold a page's machinery (imports, figure drawing, checks); the
# class lets print leave them out, as a printed book leaves out its build scripts.
MACHINERY = {
    "How this figure is drawn",
    "How the figures on this page are drawn",
    "Imports and helpers",
    "How the inputs are checked",
}


class MarkMachinery(Treeprocessor):
    """Add the class ``nnmaths-machinery`` to each <details> whose summary is in MACHINERY."""

    def run(self, root: etree.Element) -> None:
        for details in root.iter("details"):
            summary = details.find("summary")
            text = (
                "".join(summary.itertext()).strip()
                if summary is not None
                else ""
            )
            if text in MACHINERY:
                classes = details.get("class", "")
                details.set("class", f"{classes} nnmaths-machinery".strip())


class ListingsExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(MarkMachinery(md), "nnmaths_machinery", 5)
        # After pymdownx.snippets (32) has included the code, before superfences (25) reads it.
        md.preprocessors.register(
            StripDoctests(md), "nnmaths_strip_doctests", 28
        )


def makeExtension(**kwargs: object) -> ListingsExtension:
    return ListingsExtension(**kwargs)
