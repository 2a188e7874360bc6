"""tests/keyed.py: a check is repeated when one of its inputs changed, and only then."""

import types

import keyed
import pytest

from nnmaths_site.execution import RECHECK


@pytest.fixture(autouse=True)
def stored_results_reused(monkeypatch):
    """These tests show the reuse: `NNMATHS_RECHECK=1 make test` must not turn it off."""
    monkeypatch.delenv(RECHECK, raising=False)


def inputs(tmp_path, text: str = "x = 1\n") -> list:
    (tmp_path / "src").mkdir(parents=True, exist_ok=True)
    (tmp_path / "src" / "module.py").write_text(text)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    return keyed.named(tmp_path, tmp_path / "src", tmp_path / "mkdocs.yml")


def fake_item(nodeid: str = "tests/test_x.py::test_x"):
    return types.SimpleNamespace(nodeid=nodeid, stash=pytest.Stash())


def report(when: str, passed: bool):
    return types.SimpleNamespace(when=when, passed=passed)


def test_a_changed_byte_a_renamed_file_or_a_missing_one_changes_the_key(
    tmp_path,
):
    key = keyed.key_of(["t"], inputs(tmp_path))
    assert keyed.key_of(["t"], inputs(tmp_path)) == key
    assert keyed.key_of(["t"], inputs(tmp_path, "x = 2\n")) != key
    files = inputs(tmp_path)
    renamed = [files[0], ("src/other.py", files[1][1])]
    assert keyed.key_of(["t"], renamed) != key
    missing = [files[0], ("src/module.py", tmp_path / "gone.py")]
    assert keyed.key_of(["t"], missing) != key
    assert keyed.key_of(["u"], files) != key


def test_the_key_does_not_depend_on_where_the_copy_is(tmp_path):
    here = keyed.key_of([], inputs(tmp_path / "one"))
    assert keyed.key_of([], inputs(tmp_path / "two")) == here


def test_a_stored_result_is_reused_for_its_key_only(tmp_path):
    keyed.store("readings", "notation/", "k1", {"w": 1}, tmp_path)
    assert keyed.load("readings", "notation/", "k1", tmp_path) == {"w": 1}
    assert keyed.load("readings", "notation/", "k2", tmp_path) is None
    assert keyed.load("readings", "", "k1", tmp_path) is None
    keyed.store("readings", "notation/", "k2", {"w": 2}, tmp_path)
    assert keyed.load("readings", "notation/", "k1", tmp_path) is None
    assert len(list((tmp_path / "readings").iterdir())) == 1


@pytest.mark.parametrize("text", ["", '{"key": "k1", "va', "[1, 2]", "\0"])
def test_a_corrupt_cache_file_counts_as_absent(tmp_path, text):
    keyed.store("readings", "notation/", "k1", {"w": 1}, tmp_path)
    path = keyed.store_file("readings", "notation/", tmp_path)
    path.write_text(text)
    assert keyed.load("readings", "notation/", "k1", tmp_path) is None


def test_recheck_ignores_what_is_stored(tmp_path, monkeypatch):
    keyed.store("readings", "notation/", "k1", {"w": 1}, tmp_path)
    monkeypatch.setenv(RECHECK, "1")
    assert keyed.load("readings", "notation/", "k1", tmp_path) is None
    monkeypatch.setenv(RECHECK, "0")
    assert keyed.load("readings", "notation/", "k1", tmp_path) == {"w": 1}


def test_keep_only_drops_the_names_no_longer_read(tmp_path):
    for name in ("", "notation/", "chapters/09-gone/"):
        keyed.store("readings", name, "k", 1, tmp_path)
    keyed.keep_only("readings", ["", "notation/"], tmp_path)
    assert keyed.load("readings", "", "k", tmp_path) == 1
    assert keyed.load("readings", "chapters/09-gone/", "k", tmp_path) is None
    assert len(list((tmp_path / "readings").iterdir())) == 2


def test_a_passing_test_is_skipped_until_an_input_changes(tmp_path):
    cache = tmp_path / "cache"
    item = fake_item()
    key = keyed.skip_if_passed(item, inputs(tmp_path), cache)
    keyed.record_if_passed(item, report("call", passed=True), cache)
    with pytest.raises(pytest.skip.Exception, match=key[:12]):
        keyed.skip_if_passed(fake_item(), inputs(tmp_path), cache)
    changed = inputs(tmp_path, "x = 2\n")
    assert keyed.skip_if_passed(fake_item(), changed, cache) != key
    other = fake_item("tests/test_x.py::test_y")
    assert keyed.skip_if_passed(other, inputs(tmp_path), cache) != key


@pytest.mark.parametrize(
    ("when", "passed"), [("call", False), ("setup", True), ("teardown", True)]
)
def test_a_failure_is_not_recorded(tmp_path, when, passed):
    cache = tmp_path / "cache"
    item = fake_item()
    keyed.skip_if_passed(item, inputs(tmp_path), cache)
    keyed.record_if_passed(item, report(when, passed), cache)
    # Not skipped: the test runs again.
    keyed.skip_if_passed(fake_item(), inputs(tmp_path), cache)


def test_a_test_that_is_not_keyed_is_not_recorded(tmp_path):
    cache = tmp_path / "cache"
    keyed.record_if_passed(fake_item(), report("call", passed=True), cache)
    assert not cache.exists()
