"""Checks keyed on their inputs: a warm `make test` repeats only what an edit reached.

The site's outputs are stored under a hash of what they read (nnmaths_site.execution);
the suite's slowest checks are keyed the same way. A key is the sha256 of named inputs:
texts (the test's id, versions) and files, each by its path and its bytes. Two uses:

- ``load`` and ``store``: a result, such as a browser's reading of a page, stored under
  ``.cache/nnmaths-keyed/KIND/`` and reused while its key is the same;
- ``skip_if_passed`` and ``record_if_passed``: a test whose inputs have not changed since
  it passed is skipped, with a reason naming the key ("inputs unchanged since a passing
  run: 1a2b3c4d5e6f").

A failure is never stored. A cache file that cannot be read, or that holds another key,
counts as absent. Each name (a page, a test) has one file, replaced when its key changes,
so the cache stays as large as the suite. ``NNMATHS_RECHECK=1`` checks everything again
(and stores the new results); CI, on a clean clone, has no cache and checks everything
anyway.
"""

import functools
import hashlib
import json
import os
import pathlib
import sys
from collections.abc import Iterable
from importlib import metadata
from typing import Any

import pytest

from nnmaths_site.execution import module_closure, rechecking

ROOT = pathlib.Path(__file__).parents[1]
CACHE = ROOT / ".cache" / "nnmaths-keyed"
PASSES = "passes"
# The switches of the build (sitekit): which builder, which pages execute.
SWITCHES = ("NNMATHS_BUILDER", "NNMATHS_EXEC")
# The key a test was checked under, for record_if_passed once it has run.
KEY = pytest.StashKey[str]()
# Read by every test: pytest's settings (warnings are errors), the hooks, this file.
EVERY_TEST = [
    ROOT / "pyproject.toml",
    ROOT / "conftest.py",
    ROOT / "tests" / "conftest.py",
    pathlib.Path(__file__),
]


def files_under(*paths: pathlib.Path) -> list[pathlib.Path]:
    """Every file under ``paths`` (a file stands for itself), sorted; bytecode left out."""
    found = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for file in path.rglob("*"):
            inside = file.relative_to(path).parts
            if file.is_file() and "__pycache__" not in inside:
                found.append(file)
    return sorted(set(found))


def with_imports(*files: pathlib.Path) -> list[tuple[str, pathlib.Path]]:
    """``files`` and every ``nnmaths`` module their code imports, named under ROOT.

    The imports are followed through ``src/`` as the pages' stored outputs follow them
    (nnmaths_site.execution.module_closure).
    """
    sources = [file.read_text(encoding="utf-8") for file in files]
    return named(ROOT, *files, *module_closure(sources, ROOT / "src"))


def named(
    root: pathlib.Path, *paths: pathlib.Path
) -> list[tuple[str, pathlib.Path]]:
    """Each file under ``paths``, named by its path under ``root``.

    Relative names: a key must not change with the temporary folder a copy is in.
    """
    return [(f.relative_to(root).as_posix(), f) for f in files_under(*paths)]


def _update(digest: Any, part: bytes) -> None:
    # The length first, so that ("ab", "c") and ("a", "bc") hash apart.
    digest.update(len(part).to_bytes(8, "big") + part)


def key_of(
    texts: Iterable[str], files: Iterable[tuple[str, pathlib.Path]] = ()
) -> str:
    """The sha256 of ``texts`` and of each file's name and bytes (or its absence)."""
    digest = hashlib.sha256()
    for text in texts:
        _update(digest, b"text:" + text.encode())
    for name, path in files:
        _update(digest, b"file:" + name.encode())
        found = path.read_bytes() if path.is_file() else None
        _update(digest, b"missing" if found is None else b"bytes:" + found)
    return digest.hexdigest()


@functools.cache
def installed() -> str:
    """Python and every installed distribution with its version, one per line."""
    dists = {
        f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions()
    }
    return "\n".join([sys.version, *sorted(dists)])


def environment() -> str:
    """What a build or a check reads besides files: versions and the build's switches."""
    switches = [f"{name}={os.environ.get(name, '')}" for name in SWITCHES]
    return "\n".join([installed(), *switches])


def store_file(
    kind: str, name: str, cache: pathlib.Path | None = None
) -> pathlib.Path:
    """Where ``name``'s result is stored: one file per name keeps the cache bounded.

    ``cache`` defaults to CACHE as it is when called (the tests point it elsewhere).
    """
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    return (cache or CACHE) / kind / f"{digest}.json"


def load(
    kind: str, name: str, key: str, cache: pathlib.Path | None = None
) -> Any | None:
    """What was stored for ``name`` under ``key``; None if nothing usable was."""
    if rechecking():
        return None
    try:
        text = store_file(kind, name, cache).read_text(encoding="utf-8")
        stored = json.loads(text)
    except (OSError, ValueError):  # absent, half-written by hand, or not JSON
        return None
    if not isinstance(stored, dict) or stored.get("key") != key:
        return None
    return stored.get("value")


def store(
    kind: str,
    name: str,
    key: str,
    value: Any,
    cache: pathlib.Path | None = None,
) -> None:
    """Store ``value`` for ``name`` under ``key``: written aside, then renamed whole."""
    path = store_file(kind, name, cache)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    record = {"name": name, "key": key, "value": value}
    partial.write_text(json.dumps(record), encoding="utf-8")
    partial.replace(path)


def keep_only(
    kind: str, names: Iterable[str], cache: pathlib.Path | None = None
) -> None:
    """Delete what is stored of ``kind`` for any name but ``names`` (a page now gone)."""
    kept = {store_file(kind, name, cache) for name in names}
    for path in (cache or CACHE).joinpath(kind).glob("*.json"):
        if path not in kept:
            path.unlink(missing_ok=True)


def skip_if_passed(
    item: pytest.Item,
    files: Iterable[tuple[str, pathlib.Path]],
    cache: pathlib.Path | None = None,
) -> str:
    """Skip ``item`` if it passed with these inputs; else return their key.

    The key covers the test's id (its parameters), ``files`` (name the test's own
    file and every file the code it runs reads), EVERY_TEST and ``environment()``.
    """
    files = [*files, *named(ROOT, *EVERY_TEST)]
    key = key_of([item.nodeid, environment()], files)
    if load(PASSES, item.nodeid, key, cache) is True:
        pytest.skip(f"inputs unchanged since a passing run: {key[:12]}")
    item.stash[KEY] = key
    return key


def record_if_passed(
    item: pytest.Item,
    report: pytest.TestReport,
    cache: pathlib.Path | None = None,
) -> None:
    """Record a keyed test's pass once it has run (conftest.py); never a failure."""
    key = item.stash.get(KEY, None)
    if key is not None and report.when == "call" and report.passed:
        store(PASSES, item.nodeid, key, True, cache)
