"""Every number in the prose of Chapters 6-8 is checked: a page doctest prints it, or it is a
definition on the allow-list below, with the reason it needs no check."""

import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).parents[1] / "docs" / "chapters"
PAGES = ["06-simple-network.md", "07-matrix-calculus.md", "08-softmax-cross-entropy.md"]
NUMBER = re.compile(r"(?<![\w.\-])\d[\d,]*(?:\.\d+)?(?![\w])")

# Numbers that are not results: names, dates and the original's own figures. Each has a reason.
ALL = "every page"
ALLOWED: dict[tuple[str, str], str] = {
    (ALL, "0"): "zero as a value (a target, a probability), never a result",
    (ALL, "1"): "one as a count or a value (a target, a probability), never a result",
    ("06-simple-network.md", "11"): "part of a title: 'A Neural Network in 11 lines of Python'",
    ("06-simple-network.md", "2015"): "the year of Trask's post",
    (
        "07-matrix-calculus.md",
        "99",
    ): "'seeds 0 to 99' names the seeds; the table at build prints it",
    ("07-matrix-calculus.md", "2010"): "the year of Glorot and Bengio's paper",
    (
        "08-softmax-cross-entropy.md",
        "2022",
    ): "the year of the book's edition that an erratum quotes",
    ("08-softmax-cross-entropy.md", "20"): "the original code's 20x20 shapes, quoted in an erratum",
    (
        "08-softmax-cross-entropy.md",
        "120",
    ): "the original code's 120x1 and 120x20, quoted in an erratum",
}


def doctested(text: str) -> set[str]:
    """The numbers in the page's ``pycon`` examples: what they compute and what they print."""
    blocks = "\n".join(re.findall(r"```pycon\n(.*?)```", text, re.DOTALL))
    numbers = set(re.findall(r"\d+(?:\.\d+)?(?:e[-+]?\d+)?", blocks))
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in numbers}


def prose(text: str) -> str:
    """The page without code, math, links' targets, HTML and cross-references."""
    text = re.sub(r"^ *```.*?^ *```", " ", text, flags=re.DOTALL | re.MULTILINE)  # fenced blocks
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.DOTALL)  # display math
    text = re.sub(r"\$[^$]*\$", " ", text)  # inline math
    text = re.sub(r"`[^`]*`", " ", text)  # inline code
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"^ *(\d+\.|#+ [\d.]*) ", " ", text, flags=re.MULTILINE)  # list numbers, headings
    text = re.sub(r"^\| *\d+ *\|", "|", text, flags=re.MULTILINE)  # a table's row numbers
    text = re.sub(r"\b([Cc]hapters?|Eq|[Ss]ections?|[Ss]teps?) [\d ,.andto()]+", " ", text)
    return re.sub(r"\((BP)?\d(\.\d)?\)|\([A-B]\)", " ", text)  # equation labels


def bare_numbers(text: str, page: str = "") -> list[str]:
    """Numbers in the prose that neither a doctest prints nor the allow-list explains."""
    checked = doctested(text)
    found = []
    for number in NUMBER.findall(prose(text)):
        plain = number.rstrip(",").replace(",", "")
        if "." in plain:
            plain = plain.rstrip("0").rstrip(".")  # 0.090 is the 0.09 a doctest prints
        allowed = (ALL, plain) in ALLOWED or (page, plain) in ALLOWED
        if not allowed and plain not in checked:
            found.append(plain)
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_number_in_the_prose_is_doctested_or_allowed(page):
    assert bare_numbers((DOCS / page).read_text(), page) == []


def test_a_number_typed_into_the_prose_is_found():
    text = "The cost falls to 0.42 after training.\n\n```pycon\n>>> 1 + 1\n2\n\n```\n"
    assert bare_numbers(text) == ["0.42"]


def test_a_doctested_number_and_a_chapter_reference_are_not_bare():
    text = "Chapter 7 shows 2 of them.\n\n```pycon\n>>> 1 + 1\n2\n\n```\n"
    assert bare_numbers(text) == []
