"""Pages read once per run, the pytest-xdist workers sharing them.

A worker that needs the readings takes each page no other worker has claimed, then waits
for the pages the others are reading: with two workers, about half the time of one. A
claimed page is always being read by a live worker, so the wait ends; a reading that fails
is stored as its error, and every worker waiting for it fails with that error.
"""

import json
import pathlib
import time
from collections.abc import Callable
from typing import Any

# How long a worker waits for a page another worker is reading (one takes about 15 s).
WAIT_SECONDS = 600


def shared(
    folder: pathlib.Path, pages: list[str], read: Callable[[str], Any]
) -> list[Any]:
    """Return ``read(page)`` for every page, as JSON data, each page read by one worker."""
    folder.mkdir(exist_ok=True)
    stores = [folder / f"{i}.json" for i in range(len(pages))]
    for store, page in zip(stores, pages):
        if claim(store):
            read_into(store, lambda page=page: read(page))
    return [wait_for(store, page) for store, page in zip(stores, pages)]


def claim(store: pathlib.Path) -> bool:
    """Claim a page for this worker: creating the file succeeds for one worker only."""
    try:
        store.with_suffix(".claim").open("x").close()
    except FileExistsError:
        return False
    return True


def read_into(store: pathlib.Path, read: Callable[[], Any]) -> None:
    """Store a page's reading, or why it failed, whole (written aside, then renamed)."""
    try:
        found = json.dumps(read())
    except Exception as error:
        store.with_suffix(".error").write_text(repr(error), encoding="utf-8")
        raise
    store.with_suffix(".part").write_text(found, encoding="utf-8")
    store.with_suffix(".part").replace(store)


def wait_for(store: pathlib.Path, page: str) -> Any:
    """The reading of ``page``, once the worker that claimed it has stored it."""
    for _ in range(WAIT_SECONDS * 2):
        if store.exists():
            return json.loads(store.read_text(encoding="utf-8"))
        error = store.with_suffix(".error")
        assert not error.exists(), f"/{page}: {error.read_text()}"
        time.sleep(0.5)
    raise AssertionError(
        f"/{page} was claimed but not read in {WAIT_SECONDS} s"
    )
