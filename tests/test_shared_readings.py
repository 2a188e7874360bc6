"""The browser tests' pages are read once per run, whichever worker reads them."""

import pytest
from shared_readings import claim, shared


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
