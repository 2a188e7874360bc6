"""Pages read once per run, the pytest-xdist workers sharing them.

A worker that needs the readings takes each page no other worker has claimed, then waits
for the pages the others are reading: with two workers, about half the time of one. A
claimed page is always being read by a live worker, so the wait ends; a reading that fails
is stored as its error, and every worker waiting for it fails with that error.

A reading is also kept across runs (``reusing``), keyed on what the browser was given
(``page_keys``): the page's HTML and the files beside it, every file the site serves to
all pages but the search index (see WEIGHED_FROM_DISK), the reading code, and the versions of the browser and of every installed
package. Two builds of the same sources give byte-identical pages (the figures' SVG ids
and dates are fixed by nnmaths.figures; only sitemap.xml carries the day, and no page
loads it), so a warm `make test` opens the browser only for the pages an edit changed.
The system's fonts are not in the key: after installing fonts, run with
``NNMATHS_RECHECK=1`` (tests/keyed.py).
"""

import functools
import json
import pathlib
import time
from collections.abc import Callable
from typing import Any

import keyed

from nnmaths_site.sitekit import CHROMIUM_ARGS, site_pages

# How long a worker waits for a page another worker is reading (one takes about 15 s).
WAIT_SECONDS = 600
# What the site serves to every page: Material's and the site's CSS and JavaScript, and
# its images.
SERVED = ("assets", "stylesheets", "javascripts")
# Material's search loads the index on every page, but no reading looks into it: only its
# size counts (a page's weight), and the weight test takes that from the site on disk.
# Kept out of the key, since every edit of the prose changes it: otherwise one sentence
# changed would have every page read again.
WEIGHED_FROM_DISK = "search"
# Besides the test module itself, what decides what a reading sees: the server and the
# browser's launch (tests/browser/conftest.py) and its arguments (CHROMIUM_ARGS).
READING_CODE = (keyed.ROOT / "tests" / "browser" / "conftest.py",)


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


def page_files(
    site: pathlib.Path, page: str
) -> list[tuple[str, pathlib.Path]]:
    """A page's own files: its HTML and, but for the home page, its folder (frames)."""
    folder = site / page
    return keyed.named(site, folder / "index.html" if page == "" else folder)


@functools.cache
def served_key(site: pathlib.Path) -> str:
    """The hash of what the site serves to every page, computed once per process."""
    return keyed.key_of([], keyed.named(site, *(site / f for f in SERVED)))


def page_keys(
    site: pathlib.Path, pages: list[str], reader: pathlib.Path, *texts: str
) -> dict[str, str]:
    """The key of each page's reading by the test module ``reader``.

    ``texts``: what else the reading depends on (the browser's version, options).
    """
    code = keyed.key_of([], keyed.named(keyed.ROOT, reader, *READING_CODE))
    launch = " ".join(CHROMIUM_ARGS)
    common = [served_key(site), code, launch, keyed.environment(), *texts]
    return {
        page: keyed.key_of([*common, page], page_files(site, page))
        for page in pages
    }


def reusing(
    kind: str, keys: dict[str, str], read: Callable[[str], Any]
) -> Callable[[str], Any]:
    """``read``, except that a page whose key has a stored reading is not read again.

    A reading is stored only once it has been made whole; one that raised is not.
    """

    def read_or_reuse(page: str) -> Any:
        found = keyed.load(kind, page, keys[page])
        if found is None:
            found = read(page)
            keyed.store(kind, page, keys[page], found)
        return found

    keyed.keep_only(kind, keys)
    return read_or_reuse


def every_page(
    site: pathlib.Path,
    kind: str,
    reader: pathlib.Path,
    read: Callable[[str], Any],
    *texts: str,
) -> list[Any]:
    """``read(page)`` for every page of ``site``, shared by the workers and kept under ``kind``.

    ``reader`` and ``texts`` as for ``page_keys``.
    """
    pages = site_pages(site)
    keys = page_keys(site, pages, reader, *texts)
    return shared(site.parent / kind, pages, reusing(kind, keys, read))
