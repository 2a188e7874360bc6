"""MkDocs hook: each page's blocks run once per change (nnmaths_site.execution).

- A build reuses the stored outputs of an unchanged page; an edited module
  re-executes the pages that use it, and only those. An empty cache (a fresh
  clone, the Pages workflow, ``make clean``) executes all.
- Before each build, markdown-exec's session namespaces and the imported
  ``nnmaths`` modules are dropped, as ``mkdocs serve`` rebuilds in one process.
- ``NNMATHS_EXEC=0`` builds without executing any block; a comma-separated
  list of pages (as under docs/) executes only those. It covers the notebooks.
- A missing snippet or a block that raises is reported with the page, the
  block's line and the source files the block includes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown_exec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from nnmaths_site import execution as ex
from nnmaths_site.sitekit import executes, switch

log = logging.getLogger("mkdocs.plugins.nnmaths")
RUN_PYTHON, FORGET_SESSIONS = ex.markdown_exec_python()


@dataclass
class Current:
    """The page being rendered: its blocks not yet run, what they printed."""

    page: str = ""
    src_uri: str = ""
    blocks: list[ex.Block] = field(default_factory=list)
    key: str = ""
    stored: list[str] | None = None  # a cache hit's outputs, in run order
    outputs: list[str] = field(default_factory=list)
    failed: bool = False
    used: set[str] = field(default_factory=set)  # every key read or written


CURRENT = Current()


def run_located(code: str, **options: Any) -> str:
    """Run a block as markdown-exec does, or replay its stored output."""
    block = CURRENT.blocks.pop(0) if CURRENT.blocks else None
    if not executes(CURRENT.src_uri):
        return ""
    if CURRENT.stored:
        return CURRENT.stored.pop(0)
    try:
        output = RUN_PYTHON(code, **options)
    except markdown_exec.ExecutionError as error:
        CURRENT.failed = True
        where = block.describe(CURRENT.page) if block else CURRENT.page
        last = str(error).strip().strip("`").strip().splitlines()[-1]
        log.warning("%s raised %s", where, last)
        raise
    CURRENT.outputs.append(output)
    return output


def format_python(**options: Any) -> str:
    """markdown-exec's Python formatter, running blocks through run_located."""
    return markdown_exec.base_format(
        language="python", run=run_located, **options
    )


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    for language in ("python", "py"):
        markdown_exec.formatters[language] = format_python
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    """Drop what an earlier build in this process executed or imported."""
    FORGET_SESSIONS()
    ex.forget_imports()
    CURRENT.used.clear()


def root_of(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any
) -> str:
    source, root = Path(page.file.abs_src_path or ""), root_of(config)
    inside = source.is_relative_to(root)
    CURRENT.page = (
        source.relative_to(root).as_posix() if inside else str(source)
    )
    CURRENT.src_uri = page.file.src_uri
    text = source.read_text(encoding="utf-8") if source.suffix == ".md" else ""
    CURRENT.blocks = ex.exec_blocks(text)
    CURRENT.outputs, CURRENT.failed, CURRENT.stored = [], False, None
    CURRENT.key = ""
    for block in CURRENT.blocks:
        for problem in ex.missing_snippets(block, root):
            log.warning(
                "%s: snippet %s", block.describe(CURRENT.page), problem
            )
    if CURRENT.blocks and executes(CURRENT.src_uri):
        runner = Path(__file__).read_bytes()
        CURRENT.key = ex.execution_key(text, CURRENT.blocks, root, runner)
        CURRENT.used.add(CURRENT.key)
        stored = ex.load_outputs(root, CURRENT.key)
        if stored is not None and len(stored) == len(CURRENT.blocks):
            CURRENT.stored = stored
        reused = "outputs reused" if CURRENT.stored else "executed"
        log.debug("%s: %s", CURRENT.page, reused)
    return markdown


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, **kwargs: Any
) -> str:
    """Store what the page's blocks printed, when every one ran without error."""
    ran = CURRENT.stored is None and not CURRENT.failed and CURRENT.outputs
    if CURRENT.key and ran:
        ex.store_outputs(root_of(config), CURRENT.key, CURRENT.outputs)
    CURRENT.key = ""
    return html


def on_post_build(config: MkDocsConfig) -> None:
    """After a build that executed every page, drop the outputs none asked for."""
    if switch() == "1":
        ex.drop_unused_outputs(root_of(config), CURRENT.used)
