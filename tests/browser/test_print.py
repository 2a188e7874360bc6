"""Printed, the book fits its pages: Chromium with print media, at A4's content width."""

import importlib.util
import sys

import pytest
from projects import ROOT

SPEC = importlib.util.spec_from_file_location("pdf", ROOT / "tools" / "pdf.py")
pdf = importlib.util.module_from_spec(SPEC)
sys.modules.setdefault("pdf", pdf)
SPEC.loader.exec_module(pdf)

# A4 is 210 mm wide; print.css leaves 17 mm each side: 176 mm at 96 px per inch.
CONTENT_PX = round(176 / 25.4 * 96)

# Elements whose right edge passes the content box, or that cut their own content.
TOO_WIDE = """() => {
    const width = document.documentElement.clientWidth;
    const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + " in " + (el.closest("section[id]") || {id: "?"}).id;
    const visible = el => el.getClientRects().length > 0;
    return [...document.querySelectorAll(
        ".md-typeset pre, .md-typeset math, .md-typeset table, .md-typeset svg, "
        + ".md-typeset figure, .md-typeset img, .md-typeset p")]
      .filter(visible)
      .filter(el => el.getBoundingClientRect().right > width + 1
                    || el.scrollWidth > el.clientWidth + 1)
      .map(name);
}"""


@pytest.fixture(scope="module")
def book(browser, base_url, site):
    """The whole book's print page in Chromium, print media emulated."""
    config = {
        "site_name": "Book",
        "site_description": "A description",
        "copyright": "MIT",
        "site_url": "https://example.org/",
    }
    parts = pdf.book_parts(site)
    base = f"{base_url}chapters/{parts[0].slug}/"
    page = browser.new_page(viewport={"width": CONTENT_PX, "height": 1100})
    page.set_content(pdf.print_page(site, parts, config, base=base))
    page.emulate_media(media="print", color_scheme="light")
    yield page
    page.close()


def test_nothing_in_the_printed_book_is_wider_than_the_page(book):
    assert book.evaluate(TOO_WIDE) == []


def test_a_solutions_title_clears_its_icon(book):
    summary = book.locator("details.example > summary").first
    icon_right = summary.evaluate(
        "s => parseFloat(getComputedStyle(s, '::before').left)"
        " + parseFloat(getComputedStyle(s, '::before').width)"
    )
    padding = summary.evaluate(
        "s => parseFloat(getComputedStyle(s).paddingLeft)"
    )
    assert padding > icon_right  # the text starts right of the icon


def test_minor_corrections_print_and_chapter_links_do_not(book):
    # The next chapter follows on the next page: the links to it, and the rule above
    # them, are for the screen only.
    shown = book.evaluate(
        """() => [...document.querySelectorAll(
            ".nnmaths-chapter-nav, hr:has(+ .nnmaths-chapter-nav)")]
          .filter(el => el.getClientRects().length > 0).length"""
    )
    hidden = book.locator(".nnmaths-chapter-nav").count()
    corrections = book.locator(
        "details.note[open] > summary", has_text="Minor"
    )
    assert hidden == 8 and shown == 0
    assert corrections.count() >= 3 and corrections.first.is_visible()
