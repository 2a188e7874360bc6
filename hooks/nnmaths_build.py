"""MkDocs hooks for the contributor loop (listed under ``hooks:`` in mkdocs.yml).

- Every build executes the pages afresh: ``mkdocs serve`` rebuilds in one
  process, where markdown-exec keeps each session's namespace and Python
  keeps imported ``nnmaths`` modules; both are dropped before each build.
- ``NNMATHS_EXEC=0`` builds without executing any block (for bench/run.py):
  each block shows its code, with empty output. ``NNMATHS_EXEC`` set to a
  comma-separated list of pages (as under docs/, e.g.
  ``chapters/06-simple-network.md,notation.md``) executes only those pages:
  a fast loop while writing one chapter, and the tests' broken copies. The
  switch covers the notebooks that mkdocs-jupyter executes, too.
- A missing snippet section or a block that raises is reported with the page,
  the block's line on that page, and the source files the block includes.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown_exec
from markdown_exec._internal.formatters import python as exec_python
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

EXEC_SWITCH = "NNMATHS_EXEC"
PACKAGE = "nnmaths"
log = logging.getLogger("mkdocs.plugins.nnmaths")

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")
SNIPPET = re.compile(r'^\s*--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[^"]+))?"\s*$')


@dataclass
class Block:
    """An executed fence of a page: where it starts and what it includes."""

    line: int
    indent: int
    snippets: list[tuple[int, str, str | None]] = field(default_factory=list)

    def describe(self, page: str) -> str:
        parts = [f"{path}:{section}" if section else path for _, path, section in self.snippets]
        return f"{page}, block at line {self.line} (includes {', '.join(parts) or 'no src file'})"


@dataclass
class Current:
    """The page being rendered and its executed blocks not yet run."""

    page: str = ""
    src_uri: str = ""
    blocks: list[Block] = field(default_factory=list)


CURRENT = Current()


def exec_blocks(text: str) -> list[Block]:
    """Return the ``exec="1"`` fences of a page, in the order superfences runs them.

    Top-level fences run first, in page order; fences indented inside an
    admonition or a list run when that block is parsed, after them.
    """
    blocks: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start = FENCE.match(lines[i])
        i += 1
        if not start:
            continue
        block = Block(line=i, indent=len(start["indent"]))
        while i < len(lines) and lines[i].strip() != start["mark"]:
            if snippet := SNIPPET.match(lines[i]):
                block.snippets.append((i + 1, snippet["path"], snippet["section"]))
            i += 1
        i += 1
        if re.search(r'\bexec="(1|yes|on|true)"', start["info"]):
            blocks.append(block)
    return sorted(blocks, key=lambda block: (block.indent > 0, block.line))


def missing_snippets(block: Block, root: Path) -> list[str]:
    """Describe every snippet of a block whose file or section does not exist."""
    problems = []
    for line, path, section in block.snippets:
        source = root / path
        if not source.is_file():
            problems.append(f"line {line}: no file {path}")
        elif section and f"--8<-- [start:{section}]" not in source.read_text(encoding="utf-8"):
            problems.append(f"line {line}: {path} has no section [start:{section}]")
    return problems


def forget_previous_build() -> None:
    """Drop what an earlier build in this process executed or imported."""
    exec_python._sessions_globals.clear()
    exec_python._sessions_counter.clear()
    exec_python._code_blocks.clear()
    for name in [name for name in sys.modules if name.partition(".")[0] == PACKAGE]:
        del sys.modules[name]


def executes(src_uri: str) -> bool:
    """Whether the NNMATHS_EXEC switch lets this page (path under docs/) run its code.

    Unset or 1: every page; 0: none; otherwise the comma-separated pages it lists.
    """
    switch = os.environ.get(EXEC_SWITCH, "1").strip()
    if switch in ("", "1"):
        return True
    return src_uri in {page.strip() for page in switch.split(",")}


def run_located(code: str, **options: Any) -> str:
    """Run a block as markdown-exec does; on failure, log where the block is."""
    block = CURRENT.blocks.pop(0) if CURRENT.blocks else None
    if not executes(CURRENT.src_uri):
        return ""
    try:
        return exec_python._run_python(code, **options)
    except markdown_exec.ExecutionError as error:
        where = block.describe(CURRENT.page) if block else CURRENT.page
        last = str(error).strip().strip("`").strip().splitlines()[-1]
        log.warning("%s raised %s", where, last)
        raise


def format_python(**options: Any) -> str:
    """markdown-exec's Python formatter, running blocks through run_located."""
    return markdown_exec.base_format(language="python", run=run_located, **options)


def limit_notebooks(config: MkDocsConfig) -> None:
    """Apply the NNMATHS_EXEC switch to the notebooks that mkdocs-jupyter executes."""
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is None or executes(""):
        return
    docs = Path(config.docs_dir)
    ignored = [
        notebook.relative_to(docs).as_posix()
        for notebook in sorted(docs.rglob("*.ipynb"))
        if not executes(notebook.relative_to(docs).as_posix())
    ]
    plugin.config["execute_ignore"] = [*plugin.config["execute_ignore"], *ignored]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    for language in ("python", "py"):
        markdown_exec.formatters[language] = format_python
    limit_notebooks(config)
    return config


def on_pre_build(config: MkDocsConfig) -> None:
    forget_previous_build()


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any) -> str:
    source = Path(page.file.abs_src_path or "")
    root = Path(config.config_file_path).parent
    CURRENT.page = (
        source.relative_to(root).as_posix() if source.is_relative_to(root) else str(source)
    )
    CURRENT.src_uri = page.file.src_uri
    CURRENT.blocks = exec_blocks(source.read_text(encoding="utf-8")) if source.is_file() else []
    for block in CURRENT.blocks:
        for problem in missing_snippets(block, root):
            log.warning("%s: snippet %s", block.describe(CURRENT.page), problem)
    return markdown
