"""Stored execution: which blocks a page runs, what they read, where their outputs wait.

A page's blocks run once per change. Their outputs are stored under
``.cache/nnmaths-exec/``, keyed on everything they depend on
(``execution_key``): the page's text, the files its snippets include, every
``nnmaths`` module those files import (followed through ``src/``), and the
versions of Python, numpy, matplotlib and scikit-learn. The MkDocs hook
``hooks/nnmaths_build.py`` runs the blocks (through markdown-exec) and stores
or replays their outputs with these functions; a missing snippet section or a
block that raises is reported with the page, the block's line on that page,
and the source files the block includes (``Block.describe``).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nnmaths_site.sitekit import CACHE, EXECUTED, FENCE, SNIPPET, versions

# The results of the suite's per-chapter runs (stored_run), beside the outputs.
CHECKS = Path(".cache") / "nnmaths-checks"
# Set to 1, the suite ignores every stored check (stored_run, tests/keyed.py); the build
# still reuses its stored outputs (`make clean` removes them).
RECHECK = "NNMATHS_RECHECK"

PACKAGE = "nnmaths"
# The key covers this file and the hook that runs the blocks
# (hooks/nnmaths_build.py); bump FORMAT if what is stored changes elsewhere.
FORMAT = "1"


def markdown_exec_python() -> tuple[Callable[..., str], Callable[[], None]]:
    """Return markdown-exec's Python runner and a function that forgets its sessions.

    markdown-exec has no public interface for either: this is the one place the site
    reaches into its internals, and tests/test_contributor_loop.py fails loudly
    if they move.
    """
    from markdown_exec._internal.formatters import python

    def forget_sessions() -> None:
        python._sessions_globals.clear()
        python._sessions_counter.clear()
        python._code_blocks.clear()

    return python._run_python, forget_sessions


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


def execution_key(
    text: str, blocks: list[Block], root: Path, runner: bytes = b""
) -> str:
    """Return the key of a page's outputs: a hash of everything its blocks can read.

    ``runner`` is the source of the code that runs the blocks (the hook).
    """
    included = sorted(
        {root / path for block in blocks for _, path, _ in block.snippets}
    )
    sources = [
        path.read_text(encoding="utf-8") for path in included if path.is_file()
    ]
    sources += ["\n".join(block.code) for block in blocks]
    digest = hashlib.sha256(f"{FORMAT}\n{versions()}\n".encode())
    # How blocks run and are stored is part of it.
    digest.update(Path(__file__).read_bytes() + runner)
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


def forget_imports() -> None:
    """Drop the ``nnmaths`` modules an earlier build in this process imported."""
    for name in [
        name for name in sys.modules if name.partition(".")[0] == PACKAGE
    ]:
        del sys.modules[name]


def drop_unused_outputs(root: Path, used: set[str]) -> None:
    """Remove the stored outputs whose key is not in ``used``."""
    folder = root / CACHE
    for path in folder.glob("*.json") if folder.is_dir() else []:
        if path.stem not in used:
            path.unlink(missing_ok=True)


def run_key(command: list[str], sources: Iterable[str], root: Path) -> str:
    """Hash a command, the code it runs and every ``nnmaths`` file it imports."""
    sources = list(sources)
    digest = hashlib.sha256(f"{FORMAT}\n{versions()}\n".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update("\0".join([*command, *sources]).encode())
    for path in module_closure(sources, root / "src"):
        digest.update(f"\0{path.relative_to(root).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def rechecking() -> bool:
    """Whether NNMATHS_RECHECK asks the suite to ignore what it stored."""
    return os.environ.get(RECHECK, "").strip() not in ("", "0")


def stored_run(
    command: list[str], sources: Iterable[str], root: Path, **options: Any
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` once per change of what it reads, as the pages are run.

    ``sources`` is the code the command runs (a script, or ``import`` lines
    naming the modules it runs): the key covers them, every ``nnmaths``
    module they import (followed through ``root/src``), the command and the
    versions. A run that succeeded is stored under ``root/.cache``; the next
    call with the same key replays it. A failure is never stored, and a fresh
    clone (CI) runs everything, and so does NNMATHS_RECHECK=1. ``options`` go
    to ``subprocess.run``.
    """
    path = root / CHECKS / f"{run_key(command, sources, root)}.json"
    try:
        if not rechecking():
            stored = json.loads(path.read_text(encoding="utf-8"))
            return subprocess.CompletedProcess(command, 0, *stored)
    except (OSError, ValueError, TypeError):
        pass
    result = subprocess.run(
        command, capture_output=True, text=True, check=False, **options
    )
    if result.returncode == 0:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_text(json.dumps([result.stdout, result.stderr]))
        partial.replace(path)
    return result
