"""Everything a page shows fits a phone's screen and a desktop's column (issue 18).

Each page of the built site is read once, at 390 px and again at 1280 px, and every check
below reads what that visit measured: which code blocks, printed outputs, display
formulas and tables are wider than their box (scrollWidth beyond clientWidth: the reader
has to scroll sideways to see the rest), the smallest text drawn in a figure, and whether
a notebook's plots fit their column. A failure names each page that misses, with the
first lines of the blocks that are cut, so the page (or the code it includes) can be
changed. The copy button, the wrapped lines and inline signs are checked on one page.

The pages are found in the built site, so a new chapter or notebook is checked as soon as
it is built. A page's reading is kept across runs while its key is unchanged
(shared_readings.py): a warm `make test` reads only the pages an edit changed.
"""

import pathlib
from dataclasses import asdict, dataclass, field

import pytest
from shared_readings import every_page

PHONE, DESKTOP = 390, 1280
# The targets: on a phone, at most one code block (or printed output) in ten may
# need sideways scrolling; on a desktop none; at most two display formulas per page may
# scroll (each with its cue, test_phone.py); no table on the notation page and at most one
# per other page; no figure text below 9 CSS px.
CUT_SHARE = 0.10
FORMULAS_PER_PAGE = 2
TABLES_PER_PAGE = {"notation/": 0}
OTHER_TABLES = 1
MIN_FIGURE_TEXT_PX = 9

# What one width shows: for each kind of box, [how many are cut, how many there are] and
# the first line of each cut one; the smallest figure text; the notebook plots.
MEASURE = """() => {
  const article = document.querySelector("article") || document.body;
  const cut = el => el.scrollWidth > el.clientWidth + 1;
  const first = el => (el.textContent || "").trim().split("\\n")[0].slice(0, 50);
  const kind = (els, isCut) => {
    const bad = els.filter(isCut);
    return {cut: bad.length, of: els.length, examples: bad.slice(0, 3).map(first)};
  };
  const all = selector => [...article.querySelectorAll(selector)];
  const tableBox = t => t.closest(".md-typeset__scrollwrap") || t.parentElement;
  let smallest = null;
  for (const text of all("svg text")) {
    if (!text.getBoundingClientRect().width) continue;  // not drawn at this width
    const m = text.getScreenCTM();
    const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
    if (smallest === null || px < smallest.px) {
      smallest = {px: Math.round(px * 10) / 10, text: text.textContent.slice(0, 30)};
    }
  }
  const plots = all(".jp-RenderedImage img");
  // Text that starts left of its box (a negative indent without its padding) is cut too.
  const leftOfBox = el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter(r => r.width);
    return rects.length > 0 && Math.min(...rects.map(r => r.left))
      < el.getBoundingClientRect().left - 1;
  };
  return {
    code: kind(all(".highlight:not(.language-text) pre > code"), cut),
    output: kind(all(".language-text.highlight pre > code, .jp-RenderedText"), cut),
    formulas: kind(all('math[display="block"]'), cut),
    tables: kind(all("table"), t => t.getBoundingClientRect().width
      > tableBox(t).clientWidth + 1),
    shifted: kind(all("pre > code, .jp-RenderedText pre"), leftOfBox),
    figure_text: smallest,
    plots: kind(plots, img => img.getBoundingClientRect().right
      > article.getBoundingClientRect().right + 1 || cut(img.parentElement)),
  };
}"""


@dataclass
class Fit:
    """What one page showed at each width (keys: the widths, as strings in JSON)."""

    path: str
    widths: dict[int, dict] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return "/" + self.path

    def at(self, width: int, kind: str) -> dict:
        return self.widths[width][kind]


def read(browser, base_url: str, path: str, draw_every_block) -> Fit:
    context = browser.new_context(viewport={"width": PHONE, "height": 844})
    fit = Fit(path)
    try:
        page = context.new_page()
        page.goto(base_url + path)
        # Every box measured as it looks when scrolled to.
        draw_every_block(page)
        for width in (PHONE, DESKTOP):
            page.set_viewport_size({"width": width, "height": 844})
            fit.widths[width] = page.evaluate(MEASURE)
    finally:
        context.close()
    return fit


@pytest.fixture(scope="module")
def fits(browser, base_url, site, draw_every_block) -> list[Fit]:
    """Every page read once per run, the workers sharing the pages (shared_readings.py)."""
    found = every_page(
        site,
        "fit-readings",
        pathlib.Path(__file__),
        lambda path: asdict(read(browser, base_url, path, draw_every_block)),
        browser.version,
    )
    return [
        Fit(f["path"], {int(w): seen for w, seen in f["widths"].items()})
        for f in found
    ]


def report(fits: list[Fit], width: int, kind: str, allowed) -> list[str]:
    """One line per page where more boxes of ``kind`` are cut than ``allowed(fit, of)``."""
    failed = []
    for fit in fits:
        seen = fit.at(width, kind)
        limit = allowed(fit, seen["of"])
        if seen["cut"] > limit:
            failed.append(
                f"{fit.name} at {width} px: {seen['cut']} of {seen['of']} {kind} "
                f"cut (at most {limit:g}), e.g. {seen['examples']}"
            )
    return failed


def share(fit: Fit, of: int) -> float:
    return int(CUT_SHARE * of)


def test_code_blocks_wrap_on_a_phone(fits):
    failed = report(fits, PHONE, "code", share)
    assert failed == [], "\n".join(failed)


def test_no_code_block_is_cut_on_a_desktop(fits):
    failed = report(fits, DESKTOP, "code", lambda fit, of: 0)
    assert failed == [], "\n".join(failed)


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_no_line_of_code_or_output_starts_left_of_its_box(fits, width):
    failed = report(fits, width, "shifted", lambda fit, of: 0)
    assert failed == [], "\n".join(failed)


def test_printed_outputs_fit_a_phone(fits):
    failed = report(fits, PHONE, "output", share)
    assert failed == [], "\n".join(failed)


def test_at_most_two_display_formulas_per_page_scroll_on_a_phone(fits):
    failed = report(fits, PHONE, "formulas", lambda fit, of: FORMULAS_PER_PAGE)
    assert failed == [], "\n".join(failed)


def test_tables_fit_a_phone(fits):
    failed = report(
        fits,
        PHONE,
        "tables",
        lambda fit, of: TABLES_PER_PAGE.get(fit.path, OTHER_TABLES),
    )
    assert any(
        f.path == "notation/" and f.at(PHONE, "tables")["of"] for f in fits
    )
    assert failed == [], "\n".join(failed)


def test_figure_text_is_at_least_9_px_on_a_phone(fits):
    drawn = [f for f in fits if f.at(PHONE, "figure_text")]
    assert drawn, "no page has a figure with text"
    small = [
        f"{f.name}: {f.at(PHONE, 'figure_text')['px']} px "
        f"({f.at(PHONE, 'figure_text')['text']!r})"
        for f in drawn
        if f.at(PHONE, "figure_text")["px"] < MIN_FIGURE_TEXT_PX
    ]
    assert small == [], "\n".join(small)


def test_notebook_plots_fit_the_column(fits):
    notebooks = [f for f in fits if f.path.startswith("notebooks/")]
    assert sum(f.at(PHONE, "plots")["of"] for f in notebooks) > 0
    failed = [
        line
        for width in (PHONE, DESKTOP)
        for line in report(notebooks, width, "plots", lambda fit, of: 0)
    ]
    assert failed == [], "\n".join(failed)


CHAPTER = "chapters/06-simple-network/"

# Where each line of a code block starts on screen, left to right; and how many lines its
# source has. A line of the source starts at the left edge; a wrapped rest is indented.
LINE_STARTS = """code => {
  const range = document.createRange();
  range.selectNodeContents(code);
  const starts = new Map();
  for (const r of range.getClientRects()) {
    if (!r.width) continue;
    const top = Math.round(r.top);
    starts.set(top, Math.min(starts.get(top) ?? Infinity, r.left));
  }
  return {
    starts: [...starts.values()].map(x => Math.round(x - code.getBoundingClientRect().left)),
    source_lines: code.textContent.replace(/\\n$/, "").split("\\n")
      .filter(line => line.trim()).length,
  };
}"""


def test_long_lines_wrap_with_a_hanging_indent_on_a_phone(
    visit, draw_every_block
):
    page = visit(CHAPTER, width=PHONE).page
    draw_every_block(page)  # every block's lines, as drawn when scrolled to
    blocks = page.locator(".language-python.highlight pre > code")
    wrapped = []
    for i in range(blocks.count()):
        lines = blocks.nth(i).evaluate(LINE_STARTS)
        if len(lines["starts"]) > lines["source_lines"]:
            wrapped.append(lines)
    assert wrapped, "no code line wraps at 390 px on " + CHAPTER
    for lines in wrapped:
        edge = min(lines["starts"])
        at_edge = [x for x in lines["starts"] if x <= edge + 1]
        indented = [x for x in lines["starts"] if x > edge + 1]
        # Each source line starts at the edge; each continuation further right.
        assert len(at_edge) == lines["source_lines"], lines
        assert indented and min(indented) >= edge + 20, lines


def test_copying_a_wrapped_block_gives_the_source_lines(visit, into_view):
    page = visit(
        CHAPTER,
        width=PHONE,
        permissions=["clipboard-read", "clipboard-write"],
    ).page
    blocks = page.locator(".language-python.highlight")
    for i in range(blocks.count()):
        if not blocks.nth(i).is_visible():
            continue  # folded in a collapsed <details>
        into_view(blocks.nth(i))  # its lines are laid out once it is drawn
        code = blocks.nth(i).locator("pre > code")
        lines = code.evaluate(LINE_STARTS)
        if len(lines["starts"]) > lines["source_lines"]:
            break
    else:
        pytest.fail("no code line wraps at 390 px on " + CHAPTER)
    source = code.evaluate("c => c.textContent")
    blocks.nth(i).hover()
    blocks.nth(i).locator("[data-clipboard-target]").click()
    page.wait_for_timeout(200)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == source.rstrip("\n")


# Whether the copy button covers any text of its block: "" if not, else the block's first line.
UNDER_BUTTON = """pre => {
  const button = pre.querySelector(".md-code__nav, .md-clipboard");
  if (!button) return null;
  const b = button.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(pre.querySelector("code"));
  const covered = [...range.getClientRects()].filter(r => r.width && r.right > b.left
    && r.left < b.right && r.bottom > b.top && r.top < b.bottom);
  return covered.length ? pre.textContent.trim().split("\\n")[0].slice(0, 50) : "";
}"""


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_the_copy_button_covers_no_code(visit, into_view, width):
    page = visit(CHAPTER, width=width).page
    # A block gets its button when it first comes into view (content.lazy, mkdocs.yml),
    # and is drawn only while near the screen (site.css): each is read in view.
    blocks = page.locator(".highlight pre")
    covered = []
    for i in range(blocks.count()):
        if blocks.nth(i).is_visible():  # not folded in a collapsed <details>
            into_view(blocks.nth(i))
        covered.append(blocks.nth(i).evaluate(UNDER_BUTTON))
    assert [c for c in covered if c is not None], "no copy button"
    covering = [first_line for first_line in covered if first_line]
    assert covering == [], f"the copy button covers code in {covering}"


# Inline formulas are cut into pieces where a line may break (nnmaths_site.lighter). A
# piece that ends with a plus or minus right after an operator or an opening bracket would
# leave a sign at the end of a line and its number on the next. Each piece's math element
# is its row (the lighter drops the sole mrow that would wrap it).
SPLIT_SIGNS = """() => [...document.querySelectorAll('math:not([display="block"])')]
  .filter(row => {
    const kids = [...row.children];
    const [before, last] = kids.slice(-2);
    return last && before && kids.length >= 2 && /^[+−]$/.test(last.textContent)
      && before.tagName === "mo" && !/^[)\\]}|‖⟩]$/.test(before.textContent);
  }).map(row => row.textContent)"""


@pytest.mark.parametrize("path", ["chapters/01-perceptron/", CHAPTER])
def test_inline_math_keeps_each_sign_with_its_number(visit, path):
    page = visit(path, width=PHONE).page
    assert page.locator('math:not([display="block"])').count() > 10
    assert page.evaluate(SPLIT_SIGNS) == []
