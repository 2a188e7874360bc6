"""The chapter notebooks on the site: executed once per change, linked, described.

- ``execute`` runs a notebook in a fresh kernel and stores the executed copy
  with each cell's adjacent prints merged (``merge_streams``): a kernel under
  load may split one ``print`` into two stream messages, and the page must not
  change with it. ``executed_copy`` says where the copy is stored, keyed on the
  notebook's text (which holds all its code: ``tools/notebooks.py`` expands
  the snippets, and the notebooks import nothing from this package), this file
  and the versions that also key the pages' outputs. The MkDocs hook
  ``hooks/notebook_exec.py`` starts one process per notebook::

      python -m nnmaths_site.notebooks NOTEBOOK EXECUTED

- ``colab_url`` and ``links_paragraph``: the "Download notebook" and "Open in
  Colab" links of a chapter and its notebook (``hooks/notebook_links.py``).
- ``figure_labels`` and ``with_alt_text``: nbconvert gives every plot the stock
  alt text "No description has been provided for this image"; the notebook
  draws the same figures as its chapter page, in the same order, from the same
  run, so the page's descriptions fit them (``hooks/notebook_alt.py``).
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from nnmaths_site.sitekit import CACHE, executes

COLAB = "https://colab.research.google.com/github/"
GITHUB = "https://github.com/"
STOCK_ALT = 'alt="No description has been provided for this image"'
# A figure's label: an inline SVG, or a row of images cut from one
# (nnmaths_site.lighter.image_rows).
LABEL = re.compile(r'<(?:svg|div) role="img" aria-label="([^"]*)"')


def merge_streams(outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge each run of adjacent stream outputs of the same name into one.

    >>> merge_streams([{"output_type": "stream", "name": "stdout", "text": "a"},
    ...                {"output_type": "stream", "name": "stdout", "text": ["b\\n"]}])
    [{'output_type': 'stream', 'name': 'stdout', 'text': 'ab\\n'}]
    """
    merged: list[dict[str, Any]] = []
    for output in outputs:
        if output.get("output_type") == "stream":
            text = (
                output["text"]
                if isinstance(output["text"], str)
                else "".join(output["text"])
            )
            last = merged[-1] if merged else {}
            if (
                last.get("output_type") == "stream"
                and last.get("name") == output["name"]
            ):
                last["text"] += text
                continue
            output = {**output, "text": text}
        merged.append(output)
    return merged


def execute(notebook: Path, executed: Path) -> None:
    """Run every cell of a notebook in a fresh kernel; store it, streams merged."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.reads(notebook.read_text(encoding="utf-8"), as_version=4)  # type: ignore[no-untyped-call]
    resources = {"metadata": {"path": str(notebook.parent)}}
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources=resources
    ).execute()
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = nbformat.from_dict(merge_streams(cell.outputs))  # type: ignore[no-untyped-call]
    executed.parent.mkdir(parents=True, exist_ok=True)
    partial = executed.with_suffix(".part")
    partial.write_text(nbformat.writes(nb), encoding="utf-8")  # type: ignore[no-untyped-call]
    partial.replace(executed)


def executed_copy(
    root: Path, notebook: Path, src_uri: str, versions: str
) -> Path:
    """Where a notebook's executed copy is stored: under a hash of its text."""
    # This file too: how a notebook is executed and stored is part of it.
    parts = [
        versions.encode(),
        Path(__file__).read_bytes(),
        notebook.read_bytes(),
    ]
    digest = hashlib.sha256(b"\0".join(parts)).hexdigest()
    # Under its src_uri: mkdocs-jupyter renders it only if it matches `include`.
    return root / CACHE / "notebooks" / digest / src_uri


def executed_notebooks(docs: Path) -> dict[str, Path]:
    """The notebooks under ``docs`` that NNMATHS_EXEC lets run, by src_uri."""
    notebooks = {
        path.relative_to(docs).as_posix(): path
        for path in sorted(docs.rglob("*.ipynb"))
    }
    return {
        src_uri: path
        for src_uri, path in notebooks.items()
        if executes(src_uri)
    }


def colab_url(repository: str, branch: str, path: str) -> str:
    """Return the address at which Colab opens ``path`` of a GitHub repository.

    >>> colab_url("https://github.com/o/r", "main", "docs/notebooks/n.ipynb")
    'https://colab.research.google.com/github/o/r/blob/main/docs/notebooks/n.ipynb'
    """
    if not repository.startswith(GITHUB):
        raise ValueError(
            f"extra.repository must start with {GITHUB}, got {repository!r}"
        )
    return f"{COLAB}{repository.removeprefix(GITHUB).strip('/')}/blob/{branch}/{path}"


def links_paragraph(download: str, colab: str) -> str:
    """The paragraph of links under a chapter's or a notebook's title."""
    return (
        '<p class="nnmaths-notebook-links">'
        f'<a href="{download}" download>Download notebook</a> · '
        f'<a href="{colab}">Open in Colab</a></p>'
    )


def after_title(html: str, paragraph: str) -> str:
    """Put ``paragraph`` right after the page's ``<h1>`` (first if none).

    >>> after_title("<h1>T</h1><p>x</p>", "<p>links</p>")
    '<h1>T</h1><p>links</p><p>x</p>'
    """
    head, sep, rest = html.partition("</h1>")
    return head + sep + paragraph + rest if sep else paragraph + html


def figure_labels(html: str) -> list[str]:
    """The alt texts of a page's figures, in page order.

    >>> figure_labels('<svg role="img" aria-label="a"><div role="img" aria-label="b"')
    ['a', 'b']
    """
    return LABEL.findall(html)


def with_alt_text(output: str, labels: list[str]) -> str:
    """Give a notebook page's plots the chapter's labels, when counts agree.

    >>> with_alt_text(f"<img {STOCK_ALT}>", ["cost"])
    '<img alt="cost">'
    >>> with_alt_text(f"<img {STOCK_ALT}>", ["a", "b"]) == f"<img {STOCK_ALT}>"
    True
    """
    if output.count(STOCK_ALT) != len(labels):
        return output
    for label in labels:  # escaped for an attribute already
        output = output.replace(STOCK_ALT, f'alt="{label}"', 1)
    return output


if __name__ == "__main__":
    execute(Path(sys.argv[1]), Path(sys.argv[2]))
