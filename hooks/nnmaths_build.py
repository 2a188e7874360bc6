"""MkDocs hooks for the contributor loop (listed under ``hooks:`` in mkdocs.yml).

- A page's blocks run once per change. Their outputs are stored under
  ``.cache/nnmaths-exec/``, keyed on everything they depend on (``execution_key``):
  the page's text, the files its snippets include, every ``nnmaths`` module those
  files import (followed through ``src/``), and the versions of Python, numpy,
  matplotlib and scikit-learn. A build reuses the stored outputs of an unchanged
  page; an edited module re-executes the pages that use it, and only those. An
  empty cache (a fresh clone, the Pages workflow, ``make clean``) executes all.
- Before each build, markdown-exec's session namespaces and the imported
  ``nnmaths`` modules are dropped, as ``mkdocs serve`` rebuilds in one process.
- ``NNMATHS_EXEC=0`` builds without executing any block (for bench/run.py):
  each block shows its code, with empty output. ``NNMATHS_EXEC`` set to a
  comma-separated list of pages (as under docs/, e.g.
  ``chapters/06-simple-network.md,notation.md``) executes only those pages:
  the tests' broken copies use it. The switch covers the notebooks, too.
- A missing snippet section or a block that raises is reported with the page,
  the block's line on that page, and the source files the block includes.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown_exec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from sitekit import CACHE, EXECUTED, FENCE, SNIPPET, executes, switch, versions

PACKAGE = "nnmaths"
# The key covers this file as well; bump FORMAT if what is stored changes elsewhere.
FORMAT = "1"
log = logging.getLogger("mkdocs.plugins.nnmaths")


def markdown_exec_python() -> tuple[Callable[..., str], Callable[[], None]]:
    """Return markdown-exec's Python runner and a function that forgets its sessions.

    markdown-exec has no public interface for either: this is the one place the site
    reaches into its internals, and tests/test_site.py fails loudly if they move.
    """
    from markdown_exec._internal.formatters import python

    def forget_sessions() -> None:
        python._sessions_globals.clear()
        python._sessions_counter.clear()
        python._code_blocks.clear()

    return python._run_python, forget_sessions


RUN_PYTHON, FORGET_SESSIONS = markdown_exec_python()


@dataclass
class Block:
    """An executed fence of a page: where it starts and what it includes."""

    line: int
    indent: int
    snippets: list[tuple[int, str, str | None]] = field(default_factory=list)
    code: list[str] = field(default_factory=list)

    def describe(self, page: str) -> str:
        parts = [
            f"{path}:{section}" if section else path
            for _, path, section in self.snippets
        ]
        return f"{page}, block at line {self.line} (includes {', '.join(parts) or 'no src file'})"


@dataclass
class Current:
    """The page being rendered: its executed blocks not yet run, and what they printed."""

    page: str = ""
    src_uri: str = ""
    blocks: list[Block] = field(default_factory=list)
    key: str = ""
    stored: list[str] | None = (
        None  # the outputs of a cache hit, in the order blocks run
    )
    outputs: list[str] = field(default_factory=list)
    failed: bool = False
    used: set[str] = field(
        default_factory=set
    )  # every key this build read or wrote


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
                block.snippets.append(
                    (i + 1, snippet["path"], snippet["section"])
                )
            else:
                block.code.append(lines[i])
            i += 1
        i += 1
        if EXECUTED.search(start["info"]):
            blocks.append(block)
    return sorted(blocks, key=lambda block: (block.indent > 0, block.line))


def missing_snippets(block: Block, root: Path) -> list[str]:
    """Describe every snippet of a block whose file or section does not exist."""
    problems = []
    for line, path, section in block.snippets:
        source = root / path
        if not source.is_file():
            problems.append(f"line {line}: no file {path}")
        elif section and f"--8<-- [start:{section}]" not in source.read_text(
            encoding="utf-8"
        ):
            problems.append(
                f"line {line}: {path} has no section [start:{section}]"
            )
    return problems


@functools.lru_cache(
    maxsize=1024
)  # the same modules are read for every page of a build
def imported_modules(source: str, package: str = "") -> frozenset[str] | None:
    """Return the ``nnmaths`` modules (and candidate submodules) a source imports.

    ``package`` resolves relative imports. None when the source cannot be read
    statically (a syntax error, or importlib at work): the caller then assumes all.

    >>> sorted(imported_modules("from nnmaths.cost import cost\\nimport numpy"))
    ['nnmaths.cost', 'nnmaths.cost.cost']
    """
    if "importlib" in source or "__import__" in source:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")[
                : len(package.split(".")) - node.level + 1
            ]
            module = ".".join([*parts, node.module] if node.module else parts)
            module = module if node.level else node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return frozenset(
        name for name in names if name.partition(".")[0] == PACKAGE
    )


def module_files(name: str, src: Path) -> list[Path]:
    """Return the files Python runs to import ``name`` from ``src``: each package and the module."""
    parts = name.split(".")
    files = [
        src.joinpath(*parts[:i], "__init__.py")
        for i in range(1, len(parts) + 1)
    ]
    files.append(src.joinpath(*parts).with_suffix(".py"))
    return [path for path in files if path.is_file()]


def module_closure(sources: Iterable[str], src: Path) -> list[Path]:
    """Return every file of ``src`` that code importing as ``sources`` do can run, sorted."""
    seen: set[Path] = set()
    todo: list[tuple[str, str]] = [(source, "") for source in sources]
    while todo:
        source, package = todo.pop()
        names = imported_modules(source, package)
        if names is None:
            return sorted((src / PACKAGE).rglob("*.py"))
        for path in (
            path for name in names for path in module_files(name, src)
        ):
            if path not in seen:
                seen.add(path)
                parts = path.relative_to(src).with_suffix("").parts
                owner = parts[:-1] if parts[-1] != "__init__" else parts
                todo.append(
                    (path.read_text(encoding="utf-8"), ".".join(owner))
                )
    return sorted(seen)


def execution_key(text: str, blocks: list[Block], root: Path) -> str:
    """Return the key of a page's outputs: a hash of everything its blocks can read."""
    included = sorted(
        {root / path for block in blocks for _, path, _ in block.snippets}
    )
    sources = [
        path.read_text(encoding="utf-8") for path in included if path.is_file()
    ]
    sources += ["\n".join(block.code) for block in blocks]
    digest = hashlib.sha256(f"{FORMAT}\n{versions()}\n".encode())
    digest.update(
        Path(__file__).read_bytes()
    )  # how blocks run and are stored is part of it
    digest.update(text.encode())
    for path in [*included, *module_closure(sources, root / "src")]:
        digest.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    return digest.hexdigest()


def cache_file(root: Path, key: str) -> Path:
    return root / CACHE / f"{key}.json"


def load_outputs(root: Path, key: str) -> list[str] | None:
    """Return the stored outputs of a key, or None if there are none (or they are unreadable)."""
    try:
        outputs = json.loads(cache_file(root, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return outputs if isinstance(outputs, list) else None


def store_outputs(root: Path, key: str, outputs: list[str]) -> None:
    """Store a page's outputs under its key, in one rename (a reader never sees half a file)."""
    path = cache_file(root, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.write_text(json.dumps(outputs), encoding="utf-8")
    partial.replace(path)


def forget_previous_build() -> None:
    """Drop what an earlier build in this process executed or imported."""
    FORGET_SESSIONS()
    for name in [
        name for name in sys.modules if name.partition(".")[0] == PACKAGE
    ]:
        del sys.modules[name]


def run_located(code: str, **options: Any) -> str:
    """Run a block as markdown-exec does, or replay its stored output; on failure, say where."""
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
    forget_previous_build()
    CURRENT.used.clear()


def root_of(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def on_page_markdown(
    markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any
) -> str:
    source = Path(page.file.abs_src_path or "")
    root = root_of(config)
    CURRENT.page = (
        source.relative_to(root).as_posix()
        if source.is_relative_to(root)
        else str(source)
    )
    CURRENT.src_uri = page.file.src_uri
    text = source.read_text(encoding="utf-8") if source.suffix == ".md" else ""
    CURRENT.blocks = exec_blocks(text)
    CURRENT.outputs, CURRENT.failed, CURRENT.stored, CURRENT.key = (
        [],
        False,
        None,
        "",
    )
    for block in CURRENT.blocks:
        for problem in missing_snippets(block, root):
            log.warning(
                "%s: snippet %s", block.describe(CURRENT.page), problem
            )
    if CURRENT.blocks and executes(CURRENT.src_uri):
        CURRENT.key = execution_key(text, CURRENT.blocks, root)
        CURRENT.used.add(CURRENT.key)
        stored = load_outputs(root, CURRENT.key)
        if stored is not None and len(stored) == len(CURRENT.blocks):
            CURRENT.stored = stored
        log.debug(
            "%s: %s",
            CURRENT.page,
            "outputs reused" if CURRENT.stored else "executed",
        )
    return markdown


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, **kwargs: Any
) -> str:
    """Store what the page's blocks printed, when every one of them ran without error."""
    if (
        CURRENT.key
        and CURRENT.stored is None
        and not CURRENT.failed
        and CURRENT.outputs
    ):
        store_outputs(root_of(config), CURRENT.key, CURRENT.outputs)
    CURRENT.key = ""
    return html


def on_post_build(config: MkDocsConfig) -> None:
    """After a build that executed every page, drop the outputs no page asked for."""
    folder = root_of(config) / CACHE
    if switch() != "1" or not folder.is_dir():
        return
    for path in folder.glob("*.json"):
        if path.stem not in CURRENT.used:
            path.unlink(missing_ok=True)
