"""Each chapter's ``page.py`` is the page's session: run alone, it prints what the page prints."""

import pathlib

import pytest
from markdown_it import MarkdownIt
from pages import python, run_page

from nnmaths_site.listings import CHECKS_TITLE, strip_checks

ROOT = pathlib.Path(__file__).parents[1]
PAGES = sorted((ROOT / "src" / "nnmaths").glob("ch[0-9][0-9]/page.py"))


def page_of(module: pathlib.Path) -> pathlib.Path:
    """Return the chapter page of ``src/nnmaths/chNN/page.py``: ``docs/chapters/NN-*.md``."""
    (page,) = (ROOT / "docs" / "chapters").glob(
        f"{module.parent.name[2:]}-*.md"
    )
    return page


def executed_code(page: pathlib.Path, expand_snippets) -> str:
    """Return the code of every executed block of a page, snippets expanded, in page order.

    Input checks are left out, as the page leaves them out (``nnmaths_site.listings``).
    """
    tokens = MarkdownIt("commonmark").parse(
        expand_snippets(page.read_text(encoding="utf-8"))
    )
    blocks = [
        t.content
        if CHECKS_TITLE in t.info
        else "\n".join(strip_checks(t.content.splitlines()))
        for t in tokens
        if t.type == "fence" and 'exec="1"' in t.info
    ]
    return "\n".join(blocks)


def test_every_chapter_with_a_page_module_has_a_page():
    assert PAGES
    assert all(page_of(module).is_file() for module in PAGES)


@pytest.mark.parametrize(
    "module", PAGES, ids=[module.parent.name for module in PAGES]
)
def test_page_module_prints_exactly_what_the_pages_blocks_print(
    module, expand_snippets
):
    page = python("-c", executed_code(page_of(module), expand_snippets))
    assert page.strip()
    assert run_page(module.parent.name[2:]) == page
