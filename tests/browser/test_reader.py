"""What a reader gets in a browser: typeset math, nothing fetched from elsewhere, code-only
copies, both color schemes, the notebook's outputs, no errors, a light download.
(Accessibility and phone widths, on every page: test_phone.py.)"""

import pytest

CHAPTER = "chapters/06-simple-network/"
NOTEBOOK = "notebooks/06-simple-network/"
PAGES = ["", CHAPTER, "notation/", NOTEBOOK]
MAX_BYTES = (
    1_500_000  # the budget for the chapter's first load, math included
)


@pytest.mark.parametrize("path", [CHAPTER, NOTEBOOK])
def test_math_is_typeset_and_no_tex_is_visible(visit, draw_every_block, path):
    page = visit(path).page
    draw_every_block(page)  # a block not yet drawn reads as no text at all
    text = page.inner_text("article")
    for delimiter in ["\\(", "\\[", "$$", "\\frac", "\\partial"]:
        assert delimiter not in text
    assert page.locator("article math").count() > 50
    # The browser lays the MathML out itself (MathML Core), as real formulas with a size.
    display = page.locator('article math[display="block"]').first
    assert display.evaluate("m => getComputedStyle(m).display") == "block math"
    assert display.bounding_box()["height"] > 20


@pytest.mark.parametrize("path", PAGES)
def test_no_request_leaves_the_site_and_nothing_is_logged_as_an_error(
    visit, base_url, path
):
    seen = visit(path, settle=True)
    seen.page.mouse.wheel(0, 50_000)  # bring lazy content into view too
    seen.page.wait_for_load_state("networkidle")
    elsewhere = [
        url
        for url in seen.requests
        if not url.startswith((base_url, "data:", "blob:"))
    ]
    assert seen.requests and not elsewhere
    assert seen.errors == []


def copy_block(page, block) -> str:
    block.hover()
    block.locator("[data-clipboard-target]").click()
    page.wait_for_timeout(200)
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_button_copies_a_doctest_without_prompts_or_output(
    visit, into_view
):
    # Chapter 5 checks its (A) and (B) against Chapter 6's code in a doctest.
    page = visit(
        "chapters/05-scalar-calculus/",
        permissions=["clipboard-read", "clipboard-write"],
    ).page
    block = page.locator(".language-pycon.highlight").first
    into_view(block)  # what the reader sees of it, once drawn
    shown = block.locator("code").inner_text().splitlines()
    code = [line[4:] for line in shown if line.startswith((">>> ", "... "))]
    copied = copy_block(page, block)
    assert [line for line in copied.splitlines() if line.strip()] == code
    assert ">>>" not in copied and "-0.088676" not in copied


def test_copy_button_copies_a_code_block_as_shown(visit):
    page = visit(
        CHAPTER, permissions=["clipboard-read", "clipboard-write"]
    ).page
    block = page.locator(
        ".language-python.highlight", has_text="def sigmoid("
    ).first
    copied = copy_block(page, block)
    assert copied.startswith("def sigmoid(") and "return" in copied
    assert copied == block.locator("code").inner_text().rstrip()


def test_output_blocks_have_no_copy_button(visit, into_view):
    page = visit(CHAPTER).page
    outputs = page.locator(".language-text.highlight")
    assert outputs.count() > 0
    # Material adds a block's buttons when it first comes into view (content.lazy).
    for i in range(outputs.count()):
        if outputs.nth(i).is_visible():  # not folded in a collapsed <details>
            into_view(outputs.nth(i))
    assert page.locator(
        ".language-text.highlight [data-clipboard-target]"
    ).evaluate_all(
        "buttons => buttons.every(b => getComputedStyle(b).display === 'none')"
    )


def colors(page) -> dict[str, str]:
    return page.evaluate(
        """() => ({
            scheme: document.body.getAttribute('data-md-color-scheme'),
            background: getComputedStyle(document.body).backgroundColor,
            text: getComputedStyle(document.querySelector('article')).color,
            figure: getComputedStyle(document.querySelector('svg.nnmaths-figure')).color,
        })"""
    )


def test_dark_mode_toggles_and_figures_follow(visit, into_view, tmp_path):
    page = visit(CHAPTER, scheme="light").page
    # A figure out of view is not drawn (site.css), nor its colors computed again.
    into_view(page.locator("svg.nnmaths-figure").first)
    light = colors(page)
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    page.wait_for_timeout(300)
    dark = colors(page)
    assert (light["scheme"], dark["scheme"]) == ("default", "slate")
    assert light["background"] != dark["background"]
    # The figures' ink is the page's text color, in either scheme.
    assert light["figure"] == light["text"] and dark["figure"] == dark["text"]
    assert light["figure"] != dark["figure"]
    into_view(page.locator("svg.nnmaths-figure").nth(1))
    page.locator("svg.nnmaths-figure").nth(1).screenshot(
        path=tmp_path / "cost-dark.png"
    )


def test_notebook_page_shows_its_outputs(visit, draw_every_block):
    chapter = visit(CHAPTER).page
    printed = chapter.locator(".language-text.highlight").count()
    drawn = chapter.locator("svg.nnmaths-figure").count()
    page = visit(NOTEBOOK).page
    draw_every_block(page)  # a block not yet drawn reads as no text at all
    # One output for each block of the chapter that prints, and one for each figure.
    assert page.locator(".jp-OutputArea-output").count() == printed + drawn > 3
    assert "Output after training:" in page.inner_text(".jupyter-wrapper")
    figures = page.locator(".jp-OutputArea-output img")
    assert figures.count() == drawn
    assert figures.evaluate_all(
        "images => images.every(i => i.complete && i.naturalWidth > 0)"
    )


def test_chapter_first_load_weighs_at_most_1_5_mb(visit):
    seen = visit(CHAPTER, settle=True)
    print(
        f"\nChapter 6, first load: {seen.bytes_received:,} bytes in {len(seen.requests)} requests"
    )
    assert 0 < seen.bytes_received <= MAX_BYTES
