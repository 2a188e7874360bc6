"""Every page of the built site on a phone: nothing wider than the screen, no serious or
critical axe-core violation in either color scheme, and a download within its page type's
budget.

The pages are found in the built site, not listed here, so a new chapter or notebook is
checked as soon as it is built. Each page is loaded once, at 390 px in the light scheme;
axe-core runs, then its contrast rule again in the dark scheme, and the page is narrowed to
320 px; every check reads what that one visit saw, and the workers share the pages
(shared_readings.py). axe's contrast check of every span of highlighted code
is most of its time, and code blocks look the same on every page (the same markup and
stylesheet, notebook pages included): they are checked on the first chapter only.
A page's reading is kept across runs while its key is unchanged (shared_readings.py): a
warm `make test` reads only the pages an edit changed.
"""

import pathlib
from dataclasses import asdict, dataclass, field

import pytest
from axe_playwright_python.sync_playwright import Axe
from shared_readings import (
    SERVED,
    WEIGHED_FROM_DISK,
    page_keys,
    reusing,
    shared,
)

from nnmaths_site.sitekit import site_pages

WIDTHS = (390, 320)
SCHEMES = ("light", "dark")
# Bytes received on a first visit (empty cache, served uncompressed by the test server).
# What every page downloads, measured on the home page with eight chapters: 514 KB, of it
# Material's CSS and JavaScript 264 KB, the site's own CSS and JavaScript 20 KB (site,
# print, explorable) and the search index 227 KB (Material loads it on every page; it grew
# with the chapters' prose); 10 KB more leave room for a ninth chapter's prose in the index.
SHARED = 524_000
# Plus the page's own HTML: issue 14's cap of 300 KB for a chapter (the heaviest, Chapter 3,
# measured 291 KB with seven figures and its explorable's first frame; the others 166-228 KB);
# 370 KB for a notebook page, whose figures are PNG (Notebook 3 measured 343 KB, the others
# 203-288 KB); and 120 KB for the home and notation pages (26 KB and 81 KB).
BUDGETS = {
    "chapters": SHARED + 300_000,
    "notebooks": SHARED + 370_000,
    "other": SHARED + 120_000,
}

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
    """What one visit of one page saw: per width, per scheme, and its download."""

    path: str
    bytes_received: int = 0
    overflow: dict[int, dict] = field(default_factory=dict)
    formulas: dict[int, list[bool]] = field(default_factory=dict)
    violations: dict[str, list[str]] = field(default_factory=dict)
    # What the visit loaded from the site, as paths under it: the key must cover them.
    loaded: list[str] = field(default_factory=list)


def weighed_from_disk(file: str) -> bool:
    """Whether a loaded file's size is taken from the site, not from the reading."""
    return file.partition("/")[0] == WEIGHED_FROM_DISK


def first_visit_bytes(site: pathlib.Path, reading: Reading) -> int:
    """What a first visit downloads: the reading's bytes and the search index's.

    The test server sends a file as it is on disk, so its body is the file's size.
    """
    files = {f.split("?")[0] for f in reading.loaded if weighed_from_disk(f)}
    return reading.bytes_received + sum(
        (site / f).stat().st_size for f in files
    )


def page_type(path: str) -> str:
    first = path.partition("/")[0]
    return first if first in BUDGETS else "other"


def serious(page, check_code: bool, scheme: str) -> list[str]:
    context = None if check_code else {"exclude": [["pre"]]}
    # Only colors change with the scheme: the dark one needs the contrast rule alone (half
    # of axe's time on a chapter), the light one runs every rule.
    options = {"runOnly": ["color-contrast"]} if scheme == "dark" else None
    found = []
    run = Axe().run(page, context=context, options=options)
    for v in run.response["violations"]:
        if v["impact"] in ("serious", "critical"):
            targets = [n["target"] for n in v["nodes"][:3]]
            found.append(
                f"{v['id']} ({v['impact']}): {v['help']} at {targets}"
            )
    return found


def read(
    browser, base_url: str, path: str, check_code: bool, draw_every_block
) -> Reading:
    context = browser.new_context(
        color_scheme="light", viewport={"width": 390, "height": 800}
    )
    reading = Reading(path)

    def count(request) -> None:
        sizes = request.sizes()
        body = sizes["responseBodySize"]
        if request.url.startswith(base_url):
            file = request.url.removeprefix(base_url)
            reading.loaded.append(file)
            if weighed_from_disk(file):  # added by the weight test
                body = 0
        reading.bytes_received += body + sizes["responseHeadersSize"]

    context.on("requestfinished", count)
    try:
        page = context.new_page()
        page.goto(base_url + path)
        draw_every_block(
            page
        )  # every block checked as it looks when scrolled to
        for scheme in SCHEMES:
            if scheme == "dark":  # the reader's toggle, in the header
                page.locator(
                    "label.md-header__button[for^='__palette']:visible"
                ).click()
            wanted = {"light": "default", "dark": "slate"}[scheme]
            page.wait_for_function(
                f"document.body.dataset.mdColorScheme === '{wanted}'"
            )
            reading.violations[scheme] = serious(page, check_code, scheme)
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            reading.overflow[width] = page.evaluate(OVERFLOWING)
            reading.formulas[width] = page.evaluate(SCROLLING_FORMULAS)
    finally:
        context.close()
    return reading


@pytest.fixture(scope="module")
def readings(browser, base_url, site, draw_every_block) -> list[Reading]:
    """Every page read once per run, the workers sharing the pages (shared_readings.py)."""
    pages = site_pages(site)
    assert {"", "notation/"} < set(pages) and any(
        p.startswith("notebooks/") for p in pages
    )
    first_chapter = next(p for p in pages if p.startswith("chapters/"))

    def read_page(path: str) -> dict:
        code = path == first_chapter
        return asdict(read(browser, base_url, path, code, draw_every_block))

    # The first chapter is read with its code blocks: which one that is is an input too.
    keys = page_keys(
        site,
        pages,
        pathlib.Path(__file__),
        browser.version,
        f"code checked on /{first_chapter}",
    )
    found = shared(
        site.parent / "phone-readings",
        pages,
        reusing("phone-readings", keys, read_page),
    )
    for r in found:  # JSON keys are strings; the widths are numbers
        r["overflow"] = {int(w): seen for w, seen in r["overflow"].items()}
        r["formulas"] = {int(w): cues for w, cues in r["formulas"].items()}
    return [Reading(**r) for r in found]


def test_no_page_is_wider_than_the_screen(readings):
    wide = [
        f"/{r.path} at {width} px: {seen['scrollWidth']} px wide; {seen['elements']}"
        for r in readings
        for width, seen in r.overflow.items()
        if seen["scrollWidth"] > width or seen["elements"]
    ]
    assert wide == [], "\n".join(wide)


def test_formulas_too_wide_for_a_phone_scroll_with_a_cue(readings):
    scrolling = [
        cue for r in readings for cues in r.formulas.values() for cue in cues
    ]
    # Some display formulas are wider than 320 px; each scrolls in its own box.
    assert scrolling and all(scrolling)


def test_no_page_has_serious_accessibility_violations_in_either_scheme(
    readings,
):
    found = [
        f"/{r.path} ({scheme}): {v}"
        for r in readings
        for scheme, violations in r.violations.items()
        for v in violations
    ]
    assert found == [], "\n".join(found)


def test_every_page_weighs_within_its_type_budget(site, readings):
    print()
    heavy = []
    for r in readings:
        budget = BUDGETS[page_type(r.path)]
        received = first_visit_bytes(site, r)
        print(
            f"/{r.path}: {received:,} bytes on a first visit (budget {budget:,})"
        )
        if not 0 < received <= budget:
            heavy.append(f"/{r.path}: {received:,} bytes, budget {budget:,}")
    assert heavy == [], "\n".join(heavy)


def covered(page: str, loaded: str) -> bool:
    """Whether a file a page loaded is in the key of its reading (page_keys)."""
    file = loaded.split("?")[0].split("#")[0]
    own = file == page or (page != "" and file.startswith(page))
    return own or file.partition("/")[0] in SERVED or weighed_from_disk(file)


def test_every_file_a_page_loads_is_in_the_key_of_its_reading(readings):
    """A stored reading is reused while its key holds: it must cover all a visit loads."""
    outside = [
        f"/{r.path} loaded /{file}"
        for r in readings
        for file in r.loaded
        if not covered(r.path, file)
    ]
    assert all(r.loaded for r in readings)
    # Every page loads the search index, whose size the weight test adds.
    assert all(any(map(weighed_from_disk, r.loaded)) for r in readings)
    assert outside == [], "\n".join(outside)
