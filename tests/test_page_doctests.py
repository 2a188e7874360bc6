"""The numbers quoted in a chapter's prose come from the chapter's program, and a change to it
shows: the page's doctests pass with the chapter's settings and fail with any other."""

import doctest
import pathlib

import pytest

from nnmaths.ch06 import program as ch06
from nnmaths.ch07 import program as ch07

DOCS = pathlib.Path(__file__).parents[1] / "docs" / "chapters"
# (chapter module, page, examples the page must hold at least, settings that must show)
# Chapters 1 and 2 quote only numbers their pages print: tests/test_ch01_page.py and
# tests/test_ch02_page.py hold the printed lines and show that other settings change them.
PAGES = {
    "ch06": (
        ch06,
        "06-simple-network.md",
        10,
        [("LEARNING_RATE", 0.5), ("ITERATIONS", 900), ("SEED", 2)],
    ),
    "ch07": (
        ch07,
        "07-matrix-calculus.md",
        15,
        [("LEARNING_RATE", 0.5), ("ITERATIONS", 900), ("SEED", 3)],
    ),
}
CHANGES = [
    (module, page, setting, value)
    for module, page, _, settings in PAGES.values()
    for setting, value in settings
]


def run_page_doctests(page: str) -> doctest.TestResults:
    return doctest.testfile(
        str(DOCS / page),
        module_relative=False,
        optionflags=doctest.NORMALIZE_WHITESPACE,
        report=False,
    )


@pytest.mark.parametrize(
    ("module", "page", "examples", "settings"), PAGES.values(), ids=PAGES
)
def test_page_doctests_pass_with_the_chapters_settings(
    module, page, examples, settings
):
    result = run_page_doctests(page)
    assert result.attempted > examples
    assert result.failed == 0


@pytest.mark.parametrize(("module", "page", "setting", "value"), CHANGES)
def test_page_doctests_fail_when_a_printed_number_changes(
    monkeypatch, capsys, module, page, setting, value
):
    monkeypatch.setattr(module, setting, value)
    result = run_page_doctests(page)
    assert result.failed > 0, (
        f"changing {setting} to {value} went unnoticed by {page}"
    )
    assert "Failed example" in capsys.readouterr().out
