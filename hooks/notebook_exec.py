"""MkDocs hook: each chapter's notebook executed once per change, beside the pages, never twice.

mkdocs-jupyter renders the notebooks (``execute: false`` in mkdocs.yml); this hook runs
them. At the start of a build, every notebook whose executed copy is not stored yet starts
executing in a process of its own, so the kernels run on the other cores while the pages
execute. The executed copy is stored in ``.cache/nnmaths-exec/notebooks/``, keyed on the
notebook's text (which holds all its code: ``tools/notebooks.py`` expands the snippets, and
the notebooks import nothing from this package) and the versions that also key the pages'
outputs. Adjacent prints of a cell are merged into one output first: a kernel under load
may split one ``print`` into two stream messages, and the page must not change with it.
The ``NNMATHS_EXEC`` switch covers the notebooks, as it covers the pages.

    python hooks/notebook_exec.py NOTEBOOK EXECUTED  # what each process runs
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page
from sitekit import CACHE, executes, switch, versions

log = logging.getLogger("mkdocs.plugins.nnmaths.notebooks")
# src_uri -> (executed copy, the process making it, or None when it was stored already)
RUNS: dict[str, tuple[Path, subprocess.Popen[str] | None]] = {}
# src_uri -> the committed notebook, while mkdocs-jupyter renders its executed copy
SOURCES: dict[str, str | None] = {}


def merge_streams(outputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merge each run of adjacent stream outputs of the same name (stdout, stderr) into one.

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
    """Run every cell of a notebook in a fresh kernel; store it, its streams merged."""
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
    """Where the executed copy of a notebook is stored: under a hash of its text and versions."""
    # This file too: how a notebook is executed and stored is part of what is stored.
    parts = [
        versions.encode(),
        Path(__file__).read_bytes(),
        notebook.read_bytes(),
    ]
    digest = hashlib.sha256(b"\0".join(parts)).hexdigest()
    # Under its src_uri: mkdocs-jupyter renders it only if its path matches `include`.
    return root / CACHE / "notebooks" / digest / src_uri


def executed_notebooks(docs: Path) -> dict[str, Path]:
    """Return the notebooks under ``docs`` that the NNMATHS_EXEC switch lets run, by src_uri."""
    notebooks = {
        path.relative_to(docs).as_posix(): path
        for path in sorted(docs.rglob("*.ipynb"))
    }
    return {
        src_uri: path
        for src_uri, path in notebooks.items()
        if executes(src_uri)
    }


def on_pre_build(config: MkDocsConfig) -> None:
    """Start executing every notebook the switch lets run and no stored copy covers."""
    RUNS.clear()
    root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
    for src_uri, notebook in executed_notebooks(docs).items():
        executed = executed_copy(root, notebook, src_uri, versions())
        process = None
        if not executed.is_file():
            command = [sys.executable, __file__, str(notebook), str(executed)]
            process = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        RUNS[src_uri] = (executed, process)


@event_priority(
    50
)  # before mkdocs-jupyter's, which keys its cache on the file it is given
def on_pre_page(page: Page, config: MkDocsConfig, **kwargs: Any) -> Page:
    """Have mkdocs-jupyter render the executed copy, once its process is done."""
    run = RUNS.get(page.file.src_uri)
    if run is None:
        return page
    executed, process = run
    if process is not None:
        output, _ = process.communicate()
        if process.returncode != 0:
            last = output.strip().splitlines()[-20:]
            log.warning(
                "%s failed to execute:\n%s", page.file.src_uri, "\n".join(last)
            )
            return page
    render_from(page, executed)
    return page


def render_from(page: Page, executed: Path) -> None:
    """Point the page's file at the executed copy while mkdocs-jupyter renders it.

    mkdocs-jupyter reads ``page.file.abs_src_path`` (its settings have no way to take an
    executed copy), and keys its cache of rendered pages on that file's bytes: outputs
    included, so a rendered page is reused exactly when its outputs are. on_page_content
    points it back, so the copy served for download is the committed notebook
    (tests/test_site.py checks the served bytes).
    """
    SOURCES[page.file.src_uri] = page.file.abs_src_path
    page.file.abs_src_path = str(executed)


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    if page.file.src_uri in SOURCES:
        page.file.abs_src_path = SOURCES.pop(page.file.src_uri)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    """Drop the executed copies of notebooks that no longer exist or have changed."""
    folder = root_of_cache(config)
    if switch() != "1" or not folder.is_dir():
        return
    kept = {
        executed.relative_to(folder).parts[0] for executed, _ in RUNS.values()
    }
    for stale in (path for path in folder.iterdir() if path.name not in kept):
        shutil.rmtree(stale, ignore_errors=True)


def root_of_cache(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent / CACHE / "notebooks"


if __name__ == "__main__":
    execute(Path(sys.argv[1]), Path(sys.argv[2]))
