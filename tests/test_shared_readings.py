"""The browser tests' pages are read once per run, whichever worker reads them, and
again in a later run only if what the browser is given changed."""

import pathlib

import keyed
import pytest
from shared_readings import (
    SERVED,
    WEIGHED_FROM_DISK,
    claim,
    page_keys,
    reusing,
    served_key,
    shared,
)

from nnmaths_site.execution import RECHECK

READER = pathlib.Path(__file__)


@pytest.fixture(autouse=True)
def stored_results_reused(monkeypatch):
    """These tests show the reuse: `NNMATHS_RECHECK=1 make test` must not turn it off."""
    monkeypatch.delenv(RECHECK, raising=False)


def test_each_page_is_read_once_and_every_caller_gets_every_reading(tmp_path):
    read = []

    def reading(page: str) -> dict:
        read.append(page)
        return {"page": page}

    first = shared(tmp_path, ["", "notation/"], reading)
    again = shared(
        tmp_path, ["", "notation/"], reading
    )  # another worker, later
    assert first == again == [{"page": ""}, {"page": "notation/"}]
    assert read == ["", "notation/"]


def test_a_failed_reading_fails_every_worker_that_waits_for_it(tmp_path):
    def broken(page: str) -> dict:
        raise RuntimeError(f"{page} did not load")

    with pytest.raises(RuntimeError, match="did not load"):
        shared(tmp_path, ["chapters/01/"], broken)
    assert not claim(
        tmp_path / "0.json"
    )  # it stays claimed: nobody reads it again
    with pytest.raises(AssertionError, match="chapters/01/ did not load"):
        shared(tmp_path, ["chapters/01/"], broken)


def built_site(tmp_path):
    """A site of three pages, a frame beside one, and what every page is served."""
    site = tmp_path / "site"
    for page in ("", "notation/", "chapters/01/"):
        (site / page).mkdir(parents=True, exist_ok=True)
        (site / page / "index.html").write_text(f"<h1>{page}</h1>")
    (site / "chapters/01/frames").mkdir()
    (site / "chapters/01/frames/f0.svg").write_text("<svg/>")
    for folder in SERVED:
        (site / folder).mkdir()
        (site / folder / "file").write_text(folder)
    return site


def keys_of(site, *texts: str) -> dict[str, str]:
    served_key.cache_clear()  # the site changed in this process
    return page_keys(site, ["", "notation/", "chapters/01/"], READER, *texts)


def test_a_pages_key_changes_with_its_own_files_only(tmp_path):
    site = built_site(tmp_path)
    before = keys_of(site)
    (site / "notation/index.html").write_text("<h1>Notation</h1>")
    (site / "chapters/01/frames/f0.svg").write_text("<svg></svg>")
    after = keys_of(site)
    assert after[""] == before[""]
    assert after["notation/"] != before["notation/"]
    assert after["chapters/01/"] != before["chapters/01/"]


@pytest.mark.parametrize("folder", SERVED)
def test_every_pages_key_changes_with_what_all_pages_are_served(
    tmp_path, folder
):
    site = built_site(tmp_path)
    before = keys_of(site)
    (site / folder / "file").write_text("changed")
    after = keys_of(site)
    assert all(after[page] != before[page] for page in before)


def test_no_pages_key_changes_with_the_search_index(tmp_path):
    """An edit of the prose changes the index; the weight test reads its size from disk."""
    site = built_site(tmp_path)
    (site / WEIGHED_FROM_DISK).mkdir()
    (site / WEIGHED_FROM_DISK / "search_index.json").write_text("{}")
    before = keys_of(site)
    (site / WEIGHED_FROM_DISK / "search_index.json").write_text('{"a": 1}')
    assert keys_of(site) == before


def test_every_pages_key_changes_with_the_browser(tmp_path):
    site = built_site(tmp_path)
    before, after = keys_of(site, "Chromium 1"), keys_of(site, "Chromium 2")
    assert all(after[page] != before[page] for page in before)


def test_a_reading_is_reused_while_its_key_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(keyed, "CACHE", tmp_path / "cache")
    read = []

    def reading(page: str) -> dict:
        read.append(page)
        return {"page": page, "widths": {390: len(read)}}

    keys = {"": "k1", "notation/": "k2"}
    first = shared(
        tmp_path / "run1", ["", "notation/"], reusing("r", keys, reading)
    )
    keys["notation/"] = "k3"  # the page changed
    again = shared(
        tmp_path / "run2", ["", "notation/"], reusing("r", keys, reading)
    )
    assert read == ["", "notation/", "notation/"]
    assert again[0] == first[0] == {"page": "", "widths": {"390": 1}}
    assert again[1]["widths"] == {"390": 3}


def test_a_failed_reading_is_not_kept_for_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setattr(keyed, "CACHE", tmp_path / "cache")

    def broken(page: str) -> dict:
        raise RuntimeError(f"{page} did not load")

    with pytest.raises(RuntimeError):
        shared(
            tmp_path / "run1",
            ["notation/"],
            reusing("r", {"notation/": "k"}, broken),
        )
    found = shared(
        tmp_path / "run2",
        ["notation/"],
        reusing("r", {"notation/": "k"}, lambda page: {"page": page}),
    )
    assert found == [{"page": "notation/"}]
