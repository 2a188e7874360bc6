"""Turn each chapter page into a Jupyter notebook: the page's prose and the page's code, in order.

    python tools/notebooks.py           # (re)write docs/notebooks/NN-title.ipynb for every chapter
    python tools/notebooks.py --check   # fail if a committed notebook differs from a fresh one

Prose becomes Markdown cells. Each executed Python block becomes a code cell, with its
``--8<--`` lines expanded exactly as the site build expands them (``nnmaths_site.sitekit``).
Blocks that print a figure (``html="1"``) call ``nnmaths.figures.render``, which a reader's
Python does not have; in the notebook they draw into ``plt.figure()`` instead. Input checks
are left out as the page's listings leave them out (``nnmaths_site.listings``), so a cell
never calls a check the notebook does not define. ``pycon`` blocks check the page against
the installed package, so they stay as text. Admonitions become block quotes; equation and
figure numbers are written out (``nnmaths_site.numbering.for_notebook``); links to other
pages point at the published site (``site_url`` in mkdocs.yml).
"""

import ast
import inspect
import json
import pathlib
import re
import sys
from typing import Any

from mkdocs.utils.yaml import yaml_load

from nnmaths.figures import render
from nnmaths_site.explorables import notebook_cell
from nnmaths_site.listings import CHECKS_TITLE, strip_checks
from nnmaths_site.numbering import CHAPTER, for_notebook

# The build's own fences and snippet expansion.
from nnmaths_site.sitekit import EXECUTED, FENCE, expand_snippets

# This checkout, or the copy of the project the tool is run from.
ROOT = pathlib.Path(__file__).resolve().parents[1]

DOCS = ROOT / "docs"
OUT = DOCS / "notebooks"
ADMONITION = re.compile(
    r'^(?:!!!|\?\?\?\+?)\s+\w+(?:\s+"(?P<title>[^"]*)")?\s*$'
)
# A block's attributes for the site's stylesheets (attr_list): nothing to Jupyter.
ATTRIBUTES = re.compile(r"^\{:[^}]*\}\s*$")
PAGE_LINK = re.compile(r"\]\((?P<path>[^):#]+\.md)(?P<anchor>#[^)]*)?\)")
FIGSIZE = inspect.signature(render).parameters["size"].default


def site_url() -> str:
    """Return the published site's address, set once in mkdocs.yml (``site_url``)."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return str(config["site_url"]).rstrip("/") + "/"


def page_url(source: pathlib.Path) -> str:
    """The published address of a page, e.g. ``.../chapters/06-simple-network/``."""
    path = source.relative_to(DOCS).with_suffix("").as_posix()
    path = path.removesuffix("index")
    return site_url() + (f"{path}/" if path else "")


def render_call(statement: ast.stmt) -> ast.Call | None:
    """Return the ``render(...)`` call of a ``print(render(...))`` statement, else None."""
    if isinstance(statement, ast.Expr) and isinstance(
        statement.value, ast.Call
    ):
        inner = statement.value.args[0] if statement.value.args else None
        if (
            isinstance(inner, ast.Call)
            and getattr(inner.func, "id", None) == "render"
        ):
            return inner
    return None


def pyplot(call: ast.Call) -> str:
    """Return pyplot code that draws what ``render(draw, name, alt, size=...)`` would."""
    draw = call.args[0]
    size = next(
        (ast.unparse(k.value) for k in call.keywords if k.arg == "size"),
        FIGSIZE,
    )
    if isinstance(draw, ast.Lambda) and [a.arg for a in draw.args.args] == [
        "fig"
    ]:
        body = ast.unparse(draw.body)
    elif (
        isinstance(draw, ast.Call)
        and getattr(draw.func, "id", None) == "partial"
    ):
        # partial(f, *args, **kwargs)(fig) reads better as f(fig, *args, **kwargs)
        call = ast.Call(
            draw.args[0], [ast.Name("fig"), *draw.args[1:]], draw.keywords
        )
        body = ast.unparse(call)
    else:
        body = f"{ast.unparse(draw)}(fig)"
    return f'fig = plt.figure(figsize={size}, layout="constrained")\n{body}\nplt.show()'


def page_only(statement: ast.stmt, alt: str) -> bool:
    """Whether a statement of a figure block serves only the page: a package import, the alt."""
    if isinstance(statement, ast.ImportFrom):
        return (statement.module or "").partition(".")[0] == "nnmaths"
    return (
        isinstance(statement, ast.Assign)
        and ast.unparse(statement.targets[0]) == alt
    )


def figure_cell(code: str) -> str:
    """Rewrite a figure block as pyplot code, keeping the statements its drawing needs.

    ``print(render(draw, name, alt, ...))`` becomes a figure drawn by ``draw``; imports of
    this package and the statements that compute the alt text serve the page only, so they go.
    """
    statements = ast.parse(code).body
    calls = [call for call in map(render_call, statements) if call is not None]
    if len(calls) != 1 or len(calls[0].args) < 3:
        raise ValueError(
            f"expected a figure block with one print(render(draw, name, alt)):\n{code}"
        )
    alt = ast.unparse(calls[0].args[2])
    lines = ["import matplotlib.pyplot as plt", ""]
    for statement in statements:
        if render_call(statement) is not None:
            lines.append(pyplot(calls[0]))
        elif not page_only(statement, alt):
            lines.append(
                ast.get_source_segment(code, statement)
                or ast.unparse(statement)
            )
    return "\n".join(lines)


def code_cell(info: str, body: list[str]) -> str:
    """Return the code of a notebook cell for one executed Python block of a page."""
    code = expand_snippets("\n".join(body), ROOT).strip("\n")
    if CHECKS_TITLE not in info:
        code = "\n".join(strip_checks(code.splitlines()))
    if 'html="1"' not in info:
        return code
    return notebook_cell(code, expand_snippets) or figure_cell(code)


# The chapters' box about their code blocks, said again for a notebook, which has cells.
NOTEBOOK_BOXES = {
    "Every block on this page runs": [
        "> **Every cell of this notebook runs**",
        ">",
        "> The code cells are the chapter page's code blocks, in the same order, with the code",
        "> of the `nnmaths` modules they show written out in full. Run them from the top, in",
        "> order: each cell prints what the page prints below the same block, and the plots",
        "> come from the same run. Change a number and run the cells again to see what moves.",
    ]
}


def admonition(lines: list[str], title: str | None) -> list[str]:
    """Return an admonition's body, dedented, as a Markdown block quote under its title.

    A body that holds a table is not quoted: Jupyter's Markdown draws no table in a quote.
    """
    if title in NOTEBOOK_BOXES:
        return NOTEBOOK_BOXES[title]
    body = [line[4:].rstrip() for line in lines]
    if any(line.startswith("|") for line in body):
        return ([f"**{title}**", ""] if title else []) + body
    quoted = [f"> **{title}**", ">"] if title else []
    return quoted + [f"> {line}".rstrip() for line in body]


def fix_links(text: str, page: pathlib.Path) -> str:
    """Point links to other pages of the site at their published address."""

    def link(match: re.Match[str]) -> str:
        target = (page.parent / match["path"]).resolve()
        return f"]({page_url(target)}{match['anchor'] or ''})"

    return PAGE_LINK.sub(link, text)


def read_fence(lines: list[str], i: int, mark: str) -> tuple[list[str], int]:
    """Return the body of the fence whose first line is ``lines[i]``, and the line after it."""
    end = next(j for j in range(i, len(lines)) if lines[j].strip() == mark)
    return lines[i:end], end + 1


def read_indented(lines: list[str], i: int) -> tuple[list[str], int]:
    """Return the indented (or blank) lines from ``lines[i]`` on, without blanks around them."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    end = i
    while end < len(lines) and (
        not lines[end].strip() or lines[end].startswith("    ")
    ):
        end += 1
    while end > i and not lines[end - 1].strip():
        end -= 1
    return lines[i:end], end


def page_cells(page: pathlib.Path) -> list[tuple[str, str]]:
    """Return (kind, source) for each cell of a page's notebook, kind "markdown" or "code"."""
    lines = for_notebook(page.read_text(encoding="utf-8").splitlines())
    lines = [notebook_title(x) for x in lines if not ATTRIBUTES.match(x)]
    cells: list[tuple[str, str]] = []
    prose: list[str] = []
    i = 0

    def flush() -> None:
        text = "\n".join(prose).strip("\n")
        if text:
            cells.append(("markdown", fix_links(text, page)))
        prose.clear()

    while i < len(lines):
        fence, note = FENCE.match(lines[i]), ADMONITION.match(lines[i])
        fence = (
            fence if fence and not fence["indent"] else None
        )  # indented: inside a note
        if (
            fence
            and fence["info"].startswith("python")
            and EXECUTED.search(fence["info"])
        ):
            body, i = read_fence(lines, i + 1, fence["mark"])
            flush()
            cells.append(("code", code_cell(fence["info"], body)))
        elif (
            fence
        ):  # pycon, text and other listings stay in the prose as they are
            body, end = read_fence(lines, i + 1, fence["mark"])
            prose.extend(lines[i:end])
            i = end
        elif note:
            body, i = read_indented(lines, i + 1)
            prose.extend(admonition(body, note["title"]))
        else:
            if lines[i].startswith("#"):  # one Markdown cell per section
                flush()
            prose.append(lines[i])
            i += 1
    flush()
    return cells


def notebook_title(line: str) -> str:
    """``# 6. Title`` becomes ``# Notebook 6: Title``, the title a notebook page shows."""
    found = CHAPTER.match(line)
    return f"# Notebook {found[1]}: {line[found.end() :]}" if found else line


def welcome(page: pathlib.Path) -> str:
    """The first cell: what the notebook holds, how to run it, and where its chapter is."""
    number = int(page.stem[:2])
    return (
        f"**This notebook is Chapter {number} of the companion to *The Maths behind "
        f"Neural Networks*, as code you can run and change.** It holds the chapter's "
        f"text and every code block of [the chapter page]({page_url(page)}), in "
        "order, with the functions the page shows written out in full, so it needs "
        "only numpy and matplotlib (Colab has both).\n\n"
        "Run the cells from the top (in Jupyter: *Run > Run All Cells*; in Colab: "
        "*Runtime > Run all*). Each cell prints what the page prints under the same "
        "block; change a number and run the cells again to see what moves."
    )


def notebook(page: pathlib.Path) -> str:
    """Return the notebook of a chapter page as the text of an .ipynb file, without outputs."""
    cells = page_cells(page)
    title, _, rest = cells[0][1].partition("\n")  # the page's own first cell
    head = [("markdown", f"{title}\n\n{welcome(page)}")]
    cells = (
        head
        + [("markdown", rest.strip("\n"))] * bool(rest.strip())
        + cells[1:]
    )
    nb = {
        "cells": [
            cell(number, kind, text)
            for number, (kind, text) in enumerate(cells)
        ],
        "metadata": {
            "kernelspec": {
                "display_name": "Python 3",
                "language": "python",
                "name": "python3",
            },
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    # As nbformat and Jupyter write it, so opening and saving a notebook changes nothing.
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def cell(number: int, kind: str, text: str) -> dict[str, Any]:
    """Return one notebook cell (nbformat 4.5) with a fixed id, so files never churn."""
    lines = text.splitlines(keepends=True)
    fields: dict[str, Any] = {
        "cell_type": kind,
        "id": f"cell-{number}",
        "metadata": {},
    }
    if kind == "code":
        fields |= {"execution_count": None, "outputs": []}
    return fields | {"source": lines}


def main(check: bool) -> int:
    """Write (or, with ``check``, compare) the notebook of every chapter page; return 1 on drift."""
    wanted = {
        OUT / f"{page.stem}.ipynb": page
        for page in sorted(DOCS.glob("chapters/*.md"))
    }
    drift = [path for path in OUT.glob("*.ipynb") if path not in wanted]
    for path, page in wanted.items():
        text = notebook(page)
        if check and (
            not path.exists() or path.read_text(encoding="utf-8") != text
        ):
            drift.append(path)
        elif not check:
            OUT.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for path in drift:
        print(
            f"{path.relative_to(ROOT)} is out of date: run `make notebooks`",
            file=sys.stderr,
        )
        if not check:
            path.unlink()
    return 1 if check and drift else 0


if __name__ == "__main__":
    sys.exit(main(check="--check" in sys.argv[1:]))
