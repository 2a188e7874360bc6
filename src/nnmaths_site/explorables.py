"""Explorable figures at build: each frame moves from the page into a small file of its own.

``nnmaths.explorable`` prints every frame of an explorable figure but the default one
inside a ``<template data-nnmaths-frame=… data-nnmaths-file=…>``, so that the stored
outputs of a page carry them and a builder without this step still shows every frame.
Here each template leaves the page for the file it names, in a folder beside the page,
and the figure's box is told that folder (``data-nnmaths-folder``). The page keeps the
default frame, whose SVG carries its numbers as every frame's does;
``docs/javascripts/explorable.js`` fetches a frame the first time the reader asks for
it. ``hooks/explorables.py`` calls this and writes the files.

A notebook has no sliders: :func:`notebook_cell` turns the page's block into a cell that
defines the figure's functions and draws the default frame, with one line per slider to
change and run again (``tools/notebooks.py``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

TEMPLATE = re.compile(
    r'<template data-nnmaths-frame="(?P<key>[\d-]+)" '
    r'data-nnmaths-file="(?P<file>(?P<name>[\w-]+)-(?P=key)\.svg)">'
    r"(?P<svg><svg\b.*?</svg>)\s*</template>\n?",
    re.DOTALL,
)
BOX = re.compile(r'data-nnmaths-explorable="(?P<name>[\w-]+)"')


def extract_frames(
    html: str, folder: str = "frames"
) -> tuple[str, dict[str, str]]:
    """Return the page without its frames' templates, and each frame's path and SVG.

    Each path is ``folder/file``, relative to the page's own folder.

    >>> page = ('<div data-nnmaths-explorable="x"><svg>0</svg>\\n'
    ...         '<template data-nnmaths-frame="1" data-nnmaths-file="x-1.svg">'
    ...         '<svg>1</svg></template>\\n</div>')
    >>> html, files = extract_frames(page)
    >>> html
    '<div data-nnmaths-explorable="x" data-nnmaths-folder="frames"><svg>0</svg>\\n</div>'
    >>> files
    {'frames/x-1.svg': '<svg>1</svg>'}
    """
    files: dict[str, str] = {}
    moved: set[str] = set()

    def move(match: re.Match[str]) -> str:
        path = f"{folder}/{match['file']}"
        if path in files:
            raise ValueError(
                f"two frames of one page share the file {path!r}: "
                "each explorable figure needs a name of its own"
            )
        files[path] = match["svg"]
        moved.add(match["name"])
        return ""

    def point(match: re.Match[str]) -> str:
        if match["name"] not in moved:
            return match[0]
        return f'{match[0]} data-nnmaths-folder="{folder}"'

    return BOX.sub(point, TEMPLATE.sub(move, html)), files


def explorable_call(statement: ast.stmt) -> ast.Call | None:
    """Return the ``explorable(...)`` call of a ``print(explorable(...))``, else None."""
    value = statement.value if isinstance(statement, ast.Expr) else None
    if isinstance(value, ast.Call) and value.args:
        inner = value.args[0]
        if isinstance(inner, ast.Call) and (
            getattr(inner.func, "id", None) == "explorable"
        ):
            return inner
    return None


def notebook_cell(code: str, expand: Callable[[str], str]) -> str | None:
    """Rewrite a block that prints an explorable figure as a cell that draws one frame.

    The block reads ``print(explorable(lambda fig, v: draw_x(fig, ..., v),
    lambda v: x_numbers(..., v), name, describe, Slider(label, values, default=d),
    size=...))`` after ``from nnmaths.chNN.explorables import ...``. The cell holds
    that module's ``imports`` and ``draw_x`` sections (``expand`` includes them as the
    build does), the block's other statements, ``v = d``, the drawing and the numbers.
    None for any other block.
    """
    statements = ast.parse(code).body
    call = next(filter(None, map(explorable_call, statements)), None)
    if call is None:
        return None
    draw, numbers = call.args[:2]
    if not (isinstance(draw, ast.Lambda) and isinstance(numbers, ast.Lambda)):
        raise TypeError(f"draw and numbers must be lambdas in:\n{code}")
    names = [a.arg for a in draw.args.args[1:]]
    if names != [a.arg for a in numbers.args.args]:
        raise ValueError(
            f"draw and numbers must take the same values:\n{code}"
        )
    lines = [
        *definitions(statements, draw, expand),
        "import matplotlib.pyplot as plt",
    ]
    lines += [
        ast.get_source_segment(code, s) or ast.unparse(s)
        for s in statements
        if not isinstance(s, ast.ImportFrom) and explorable_call(s) is None
    ]
    for name, slider in zip(names, call.args[4:]):
        default = next(
            k.value
            for k in getattr(slider, "keywords", [])
            if k.arg == "default"
        )
        label = ast.literal_eval(slider.args[0])  # type: ignore[attr-defined]
        lines.append(
            f"{name} = {ast.unparse(default)}  # a slider on the site: {label}"
        )
    size = next(
        (ast.unparse(k.value) for k in call.keywords if k.arg == "size"),
        "(6, 3.5)",
    )
    return "\n".join(
        [
            *lines,
            f'fig = plt.figure(figsize={size}, layout="constrained")',
            ast.unparse(draw.body),
            "plt.show()",
            f"print({ast.unparse(numbers.body)})",
        ]
    )


def definitions(
    statements: list[ast.stmt], draw: ast.Lambda, expand: Callable[[str], str]
) -> list[str]:
    """The ``imports`` section and the section named after the draw function, expanded."""
    module = next(
        s.module
        for s in statements
        if isinstance(s, ast.ImportFrom)
        and s.module
        and s.module.endswith(".explorables")
    )
    path = f"src/{module.replace('.', '/')}.py"
    section = ast.unparse(draw.body.func)  # type: ignore[attr-defined]
    return [
        expand(f'--8<-- "{path}:imports"'),
        "",
        expand(f'--8<-- "{path}:{section}"'),
        "",
        "",
    ]
