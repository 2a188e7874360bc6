"""The book's print page (tools/pdf.py), read from the built site: whole, linked, open.

`make pdf` prints it and `tools/pdf.py --check` reads the PDF back; these tests need no
PDF, so they run in `make test`. tests/browser/test_print.py checks that it fits the page.
"""

import importlib.util
import re
import sys

import pytest
from projects import CHAPTERS, ROOT

SPEC = importlib.util.spec_from_file_location("pdf", ROOT / "tools" / "pdf.py")
pdf = importlib.util.module_from_spec(SPEC)
sys.modules["pdf"] = pdf  # dataclasses look their module up there
SPEC.loader.exec_module(pdf)


@pytest.fixture(scope="module")
def book(site) -> str:
    config = {
        "site_name": "Book",
        "site_description": "A description",
        "copyright": "MIT",
        "site_url": "https://example.org/",
    }
    page = pdf.print_page(site, pdf.book_parts(site), config)
    return page.split("</head>")[1]  # the body: the head's style names ids too


def test_the_book_holds_every_chapter_then_the_notation_page(site):
    slugs = [part.slug for part in pdf.book_parts(site)]
    assert slugs == [*CHAPTERS, "notation"]


def test_every_id_in_the_book_is_unique(book):
    ids = re.findall(r'\bid="([^"]+)"', book)
    assert len(ids) == len(set(ids)) > 100


def test_every_link_within_the_book_finds_its_target(book):
    ids = set(re.findall(r'\bid="([^"]+)"', book))
    targets = re.findall(r'href="#([^"]+)"', book)
    assert targets and sorted(set(targets) - ids) == []


def test_solutions_and_minor_corrections_are_open_in_print(book):
    assert re.search(r"<details(?: class=\"[^\"]*\")?>", book) is None
    assert book.count('<details class="example" open>') >= 8 * 3
    assert book.count('<details class="note" open>') >= 3  # minor corrections


def test_a_page_that_is_not_built_is_named(tmp_path):
    with pytest.raises(ValueError, match="expected 8 built chapters"):
        pdf.book_parts(tmp_path)
