"""The numbers quoted in a chapter's prose come from the chapter's program, and a change to it
shows: the page's doctests pass with the chapter's settings and fail with any other."""

import doctest
import pathlib

import pytest

from nnmaths import leaves
from nnmaths.ch02 import page as ch02_page

DOCS = pathlib.Path(__file__).parents[1] / "docs" / "chapters"
# (chapter module, page, examples the page must hold at least, settings that must show)
PAGES = {
    # Chapter 1 has no program; its numbers come from the leaves it draws and the grid it searches.
    "ch01": (leaves, "01-perceptron.md", 15, [("SPREAD", 0.3)]),
    "ch02": (
        ch02_page,
        "02-perceptron-training.md",
        30,
        [("SEED", 1), ("FEATURES", (0, 3)), ("THIN", (0, 2))],
    ),
    # Chapters 6 and 7 quote the numbers their page session prints, with no transcript;
    # tests/test_ch06_page.py and tests/test_ch07_page.py change the same settings and
    # show that the prose no longer matches.
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
