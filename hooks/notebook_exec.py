"""MkDocs hook: each chapter's notebook executed once per change, beside the pages.

mkdocs-jupyter renders the notebooks (``execute: false`` in mkdocs.yml); this
hook runs them. At the start of a build, every notebook whose executed copy is
not stored yet starts executing in a process of its own
(``python -m nnmaths_site.notebooks``), so the kernels run on the other cores
while the pages execute; mkdocs-jupyter then renders the stored copy. The
``NNMATHS_EXEC`` switch covers the notebooks, as it covers the pages.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from nnmaths_site.notebooks import executed_copy, executed_notebooks
from nnmaths_site.sitekit import CACHE, switch, versions

log = logging.getLogger("mkdocs.plugins.nnmaths.notebooks")
# src_uri -> (executed copy, the process making it, None if it was stored)
RUNS: dict[str, tuple[Path, subprocess.Popen[str] | None]] = {}
# src_uri -> the committed notebook, while mkdocs-jupyter renders the copy
SOURCES: dict[str, str | None] = {}


def on_pre_build(config: MkDocsConfig) -> None:
    """Start executing each notebook the switch lets run and none stored."""
    RUNS.clear()
    root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
    for src_uri, notebook in executed_notebooks(docs).items():
        executed = executed_copy(root, notebook, src_uri, versions())
        process = None
        if not executed.is_file():
            module = [sys.executable, "-m", "nnmaths_site.notebooks"]
            process = subprocess.Popen(
                [*module, str(notebook), str(executed)],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
        RUNS[src_uri] = (executed, process)


# Before mkdocs-jupyter's, which keys its cache on the file it is given.
@event_priority(50)
def on_pre_page(page: Page, config: MkDocsConfig, **kwargs: Any) -> Page:
    """Have mkdocs-jupyter render the executed copy, once its process is done.

    mkdocs-jupyter reads ``page.file.abs_src_path`` and keys its cache of
    rendered pages on that file's bytes, outputs included. on_page_content
    points it back, so the copy served for download is the committed notebook.
    """
    executed, process = RUNS.get(page.file.src_uri, (None, None))
    if executed is None:
        return page
    if process is not None:
        output, _ = process.communicate()
        if process.returncode != 0:
            last = "\n".join(output.strip().splitlines()[-20:])
            log.warning("%s failed to execute:\n%s", page.file.src_uri, last)
            return page
    SOURCES[page.file.src_uri] = page.file.abs_src_path
    page.file.abs_src_path = str(executed)
    return page


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    if page.file.src_uri in SOURCES:
        page.file.abs_src_path = SOURCES.pop(page.file.src_uri)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    """Drop the executed copies of notebooks that are gone or have changed."""
    folder = Path(config.config_file_path).parent / CACHE / "notebooks"
    if switch() != "1" or not folder.is_dir():
        return
    kept = {copy.relative_to(folder).parts[0] for copy, _ in RUNS.values()}
    for stale in (path for path in folder.iterdir() if path.name not in kept):
        shutil.rmtree(stale, ignore_errors=True)
