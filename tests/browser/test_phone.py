"""Every page of the built site on a phone: nothing wider than the screen, no serious or
critical axe-core violation in either color scheme, and a download within its page type's
budget.

The pages are found in the built site, not listed here, so a new chapter or notebook is
checked as soon as it is built. Each page is loaded once per width, 320 px in the dark
scheme and 390 px in the light one, and every check reads those two loads.
"""

import pathlib
from dataclasses import dataclass, field

import pytest
from axe_playwright_python.sync_playwright import Axe

WIDTHS = {320: "dark", 390: "light"}
# Bytes received on a first visit (empty cache, served uncompressed by the test server):
# Material's CSS and JavaScript, about 400 KB, plus the page.
BUDGETS = {"chapters": 750_000, "notebooks": 800_000, "other": 550_000}

# Elements that reach past the right edge of the screen and are not inside a box that
# scrolls or clips them: what makes a page wider than the screen. Outermost ones only.
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    const scrolls = el => ["auto", "scroll", "hidden", "clip"].includes(
        getComputedStyle(el).overflowX);
    const outside = el => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1;
    };
    const contained = el => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (scrolls(up)) return true;
        }
        return false;
    };
    const found = [...document.body.querySelectorAll("*")].filter(
        el => outside(el) && !contained(el) && !(el.parentElement && outside(el.parentElement)
            && !contained(el.parentElement) && el.parentElement !== document.body));
    return {
        scrollWidth: document.documentElement.scrollWidth,
        width,
        elements: found.slice(0, 5).map(el =>
            `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} `
            + `reaches ${Math.round(el.getBoundingClientRect().right)} px`),
    };
}"""

# Display formulas that scroll sideways, and whether each shows the scroll cue.
SCROLLING_FORMULAS = """() => [...document.querySelectorAll('math[display="block"]')]
    .filter(m => m.scrollWidth > m.clientWidth + 1)
    .map(m => getComputedStyle(m).backgroundAttachment.includes("local"))"""


@dataclass
class Reading:
    """What one load of one page at one width showed."""

    path: str
    width: int
    scheme: str
    bytes_received: int = 0
    overflow: dict = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    formulas: list[bool] = field(default_factory=list)


def site_pages(site: pathlib.Path) -> list[str]:
    """Every page of the built site, as a path under its root ("" for the home page)."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        path = html.parent.relative_to(site).as_posix()
        pages.append("" if path == "." else path + "/")
    return pages


def page_type(path: str) -> str:
    first = path.partition("/")[0]
    return first if first in BUDGETS else "other"


def read(browser, base_url: str, path: str, width: int, scheme: str) -> Reading:
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
    reading = Reading(path, width, scheme)

    def count(request) -> None:
        sizes = request.sizes()
        reading.bytes_received += sizes["responseBodySize"] + sizes["responseHeadersSize"]

    context.on("requestfinished", count)
    try:
        page = context.new_page()
        page.goto(base_url + path, wait_until="networkidle")
        reading.overflow = page.evaluate(OVERFLOWING)
        reading.formulas = page.evaluate(SCROLLING_FORMULAS)
        for v in Axe().run(page).response["violations"]:
            if v["impact"] in ("serious", "critical"):
                targets = [n["target"] for n in v["nodes"][:3]]
                reading.violations.append(f"{v['id']} ({v['impact']}): {v['help']} at {targets}")
    finally:
        context.close()
    return reading


@pytest.fixture(scope="module")
def readings(browser, base_url, site) -> list[Reading]:
    pages = site_pages(site)
    assert {"", "notation/"} < set(pages) and any(p.startswith("notebooks/") for p in pages)
    return [
        read(browser, base_url, path, width, scheme)
        for path in pages
        for width, scheme in WIDTHS.items()
    ]


def where(reading: Reading) -> str:
    return f"/{reading.path} at {reading.width} px ({reading.scheme})"


def test_no_page_is_wider_than_the_screen(readings):
    wide = [
        f"{where(r)}: {r.overflow['scrollWidth']} px wide; {r.overflow['elements']}"
        for r in readings
        if r.overflow["scrollWidth"] > r.overflow["width"] or r.overflow["elements"]
    ]
    assert wide == [], "\n".join(wide)


def test_formulas_too_wide_for_a_phone_scroll_with_a_cue(readings):
    scrolling = [cue for r in readings for cue in r.formulas]
    # Chapter 8 has display formulas wider than 320 px; each scrolls in its own box.
    assert scrolling and all(scrolling)


def test_no_page_has_serious_accessibility_violations_in_either_scheme(readings):
    found = [f"{where(r)}: {v}" for r in readings for v in r.violations]
    assert found == [], "\n".join(found)


def test_every_page_weighs_within_its_type_budget(readings):
    print()
    heavy = []
    for r in readings:
        budget = BUDGETS[page_type(r.path)]
        print(f"{where(r)}: {r.bytes_received:,} bytes (budget {budget:,})")
        if not 0 < r.bytes_received <= budget:
            heavy.append(f"{where(r)}: {r.bytes_received:,} bytes, budget {budget:,}")
    assert heavy == [], "\n".join(heavy)
