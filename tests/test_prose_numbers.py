"""Every number in the prose of every chapter is checked: a page doctest or the page's session
prints it, it dates or places a publication (a citation), or it is a definition on the
allow-list below, with the reason it needs no check."""

import pathlib
import re

import pytest
from pages import run_page

DOCS = pathlib.Path(__file__).parents[1] / "docs" / "chapters"
SRC = pathlib.Path(__file__).parents[1] / "src" / "nnmaths"
PAGES = sorted(page.name for page in DOCS.glob("*.md"))
NUMBER = re.compile(r"(?<![\w.\-])\d[\d,]*(?:\.\d+)?(?![\w])")

# Numbers that are not results: names, dates and the original's own figures. Each has a reason.
ALL = "every page"
ALLOWED: dict[tuple[str, str], str] = {
    (ALL, "0"): "zero as a value (a target, a probability), never a result",
    (
        ALL,
        "1",
    ): "one as a count or a value (a target, a probability), never a result",
    (
        "01-perceptron.md",
        "90",
    ): "a right angle, 90°, in the rule for the dot product's sign",
    (
        "01-perceptron.md",
        "1958",
    ): "the year of Rosenblatt's perceptron, in the history",
    (
        "01-perceptron.md",
        "1973",
    ): "the year of the Lighthill report, in the history",
    (
        "01-perceptron.md",
        "5",
    ): "the number of Exercise 5, in its bold title",
    (
        "02-perceptron-training.md",
        "1958",
    ): "the year of Rosenblatt's rule, in the history",
    (
        "02-perceptron-training.md",
        "150",
    ): "the size of Fisher's iris data, a fact of the data set, not a result",
    (
        "02-perceptron-training.md",
        "19",
    ): "'seeds 0 to 19' names the seeds; the doctest runs range(20)",
    (
        "03-gradient-descent.md",
        "28",
    ): "28×28 pixels: the image size the exercise gives",
    (
        "04-chain-rule.md",
        "784",
    ): "a width of the digit network that the exercise gives",
    (
        "04-chain-rule.md",
        "100",
    ): "a width of the digit network that the exercise gives",
    (
        "05-scalar-calculus.md",
        "3",
    ): "the number of Exercise 3, in its bold title",
    (
        "06-simple-network.md",
        "11",
    ): "part of a title: 'A Neural Network in 11 lines of Python'",
    (
        "07-matrix-calculus.md",
        "99",
    ): "'seeds 0 to 99' names the seeds; the table at build prints it",
    (
        "08-softmax-cross-entropy.md",
        "20",
    ): "the original code's 20x20 shapes, quoted in an erratum",
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


YEAR = r"(?:19|20)\d\d"
MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"


def publication_details(match: re.Match[str]) -> str:
    """A "Further reading" section without its citations' years, volume(issue)s and page ranges."""
    text = re.sub(
        r"\b\d+\(\d+\)", " ", match.group()
    )  # Psychological Review 65(6)
    text = re.sub(rf"\b\d+(?= \({YEAR}\))", " ", text)  # Nature 323 (1986)
    text = re.sub(r"\b\d+–\d+\b", " ", text)  # pages 533–536
    return re.sub(rf"\b{YEAR}\b", " ", text)


def citations(text: str) -> str:
    """The page without the numbers that date or place a publication, not results.

    In "Further reading": years, volumes and pages. Elsewhere: a year closing a parenthesis,
    "(1969)" or "(Novikoff, 1962)"; a year naming an edition, "the 2022 text"; a date, "May 2026".
    """
    reading = r"^## Further reading\n.*?(?=^## |\Z)"  # up to the next section or the end
    text = re.sub(
        reading, publication_details, text, flags=re.MULTILINE | re.DOTALL
    )
    text = re.sub(rf"(\((?:[^()\n]*, )?){YEAR}\)", r"\1)", text)
    text = re.sub(rf"\b{YEAR}(?= (?:edition|text|baseline)\b)", " ", text)
    return re.sub(rf"\b(?:{MONTH})\s+{YEAR}\b", " ", text)


def prose(text: str) -> str:
    """The page without code, math, links' targets, HTML, cross-references and citations."""
    text = citations(text)
    text = re.sub(
        r"^ *```.*?^ *```", " ", text, flags=re.DOTALL | re.MULTILINE
    )  # fenced blocks
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.DOTALL)  # display math
    text = re.sub(r"\$[^$]*\$", " ", text)  # inline math
    text = re.sub(r"`[^`]*`", " ", text)  # inline code
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(
        r"^ *(\d+\.|#+ [\d.]*) ", " ", text, flags=re.MULTILINE
    )  # list numbers, headings
    text = re.sub(
        r"^\| *\d+ *\|", "|", text, flags=re.MULTILINE
    )  # a table's row numbers
    text = re.sub(
        r"\b([Cc]hapters?|Eq|[Ss]ections?|[Ss]teps?) [\d ,.andto()]+",
        " ",
        text,
    )
    return re.sub(
        r"\((BP)?\d(\.\d)*\)|\([A-B]\)", " ", text
    )  # equation and step labels


def bare_numbers(text: str, page: str = "") -> list[str]:
    """Numbers in the prose that neither a doctest prints nor the allow-list explains."""
    checked = doctested(text)
    found = []
    for number in NUMBER.findall(prose(text)):
        plain = number.rstrip(",").replace(",", "")
        if "." in plain:
            plain = plain.rstrip("0").rstrip(
                "."
            )  # 0.090 is the 0.09 a doctest prints
        allowed = (ALL, plain) in ALLOWED or (page, plain) in ALLOWED
        if not allowed and plain not in checked:
            found.append(plain)
    return found


def printed(page: str) -> set[str]:
    """The numbers a chapter's page session prints, its figures left out.

    ``python -m nnmaths.chNN.page`` prints what the page prints
    (tests/test_chapter_pages.py), so a number found here stands in an output
    block of the page, computed at build.
    """
    chapter = page[:2]
    if not (SRC / f"ch{chapter}" / "page.py").is_file():
        return set()
    out = re.sub(r"<svg.*?</svg>", " ", run_page(chapter), flags=re.DOTALL)
    found = re.findall(r"\d+(?:\.\d+)?", out.replace(",", ""))
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in found}


@pytest.mark.parametrize("page", PAGES)
def test_every_number_in_the_prose_is_printed_doctested_or_allowed(page):
    bare = bare_numbers((DOCS / page).read_text(), page)
    if bare:  # a number no doctest prints may stand in the page's output
        output = printed(page)
        bare = [number for number in bare if number not in output]
    assert bare == []


def test_a_number_the_page_session_prints_is_not_bare():
    assert "0.656" in printed("06-simple-network.md")  # the initial cost
    assert printed("notation.md") == set()  # no page session


def test_a_number_typed_into_the_prose_is_found():
    text = "The cost falls to 0.42 after training.\n\n```pycon\n>>> 1 + 1\n2\n\n```\n"
    assert bare_numbers(text) == ["0.42"]


def test_a_doctested_number_and_a_chapter_reference_are_not_bare():
    text = "Chapter 7 shows 2 of them.\n\n```pycon\n>>> 1 + 1\n2\n\n```\n"
    assert bare_numbers(text) == []


def test_a_citations_year_volume_and_pages_are_not_bare():
    text = (
        "## Further reading\n\n- D. Rumelhart, *Nature* 323 (1986), 533–536; B. Author"
        " (MIT Press, 1969; expanded edition 1988), *Journal* 65(6), 1958.\n\n"
        "## Errata\n\nMinsky and Papert (1969), (Novikoff, 1962), the 2022 text, May 2026.\n"
    )
    assert bare_numbers(text) == []


def test_a_result_typed_beside_a_citation_is_found():
    text = (
        "The search tried 1958 lines (1986 of them twice).\n\n"
        "## Further reading\n\n- B. Author, *Book* (1996): it reaches 0.42.\n\n"
        "## Errata\n\nThe 2022 text makes 12 errors.\n"
    )
    assert bare_numbers(text) == ["1958", "1986", "0.42", "12"]


def test_step_labels_are_not_bare_but_a_number_in_parentheses_is():
    text = "With (2.3.1) and (2.3.2), as in (1.3) and (BP1), the cost is (0.42).\n"
    assert bare_numbers(text) == ["0.42"]
