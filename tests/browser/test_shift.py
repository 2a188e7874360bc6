"""Nothing on the screen moves while a page loads, and no script holds up its first paint.

site.css skips drawing the blocks out of view (content-visibility: auto). While a long page
is still arriving the browser paints what it has parsed, and a skippable block the parser
adds on the first screen is painted at its estimated height, then at its own: everything
below it moves (Lighthouse's layout shift 0.13 to 0.31 on the notation page, Chapter 2 and
Notebook 2, a quarter of its performance score). So no block that can be skipped may start
on the first screen, and the browser must report no layout shift.

Each page is loaded at a phone's size and a desktop's, with the CPU slowed four times as
Lighthouse slows it (so the page is painted while it is parsed, as on a slow phone). The
workers share the pages, and a page's reading is kept while its key holds
(shared_readings.py).
"""

import pathlib
from dataclasses import asdict, dataclass, field

import pytest
from shared_readings import every_page

from nnmaths_site.sitekit import site_pages

SCREENS = ((390, 844), (1280, 800))
SLOWDOWN = 4
# The layout shift a page may add up on a screen. The skipped blocks shifted pages by 0.12 to
# 0.29; Material's navigation, laid out on a busy machine, once by 0.0009 (a sidebar list).
# Lighthouse keeps a page's whole score for shift up to about 0.05.
MOST_SHIFT = 0.01
# The shifts the browser reports, from the start of the load (buffered).
RECORD_SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({
      value: entry.value,
      moved: entry.sources.map(s => s.node && s.node.nodeType === 1
        ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join(".")}` : "text"),
    });
  }
}).observe({type: "layout-shift", buffered: true});
"""
# Blocks that site.css may skip and whose top is on the first screen, as loaded.
SKIPPABLE_ON_FIRST_SCREEN = """() => [...document.querySelectorAll("article *")]
  .filter(e => getComputedStyle(e).contentVisibility === "auto"
    && e.getBoundingClientRect().top < innerHeight)
  .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")}: `
    + (e.textContent || "").trim().slice(0, 40))"""
# Scripts the parser must fetch and run before it goes on: they hold up the first paint.
BLOCKING_SCRIPTS = """() => [...document.querySelectorAll("script[src]")]
  .filter(s => !s.defer && !s.async).map(s => s.getAttribute("src"))"""


@dataclass
class Reading:
    """One page loaded at each screen size ("WxH")."""

    path: str
    shifts: dict[str, list[dict]] = field(default_factory=dict)
    skippable: dict[str, list[str]] = field(default_factory=dict)
    blocking: list[str] = field(default_factory=list)


def load(browser, url: str, width: int, height: int) -> tuple:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        session = context.new_cdp_session(page)
        session.send("Emulation.setCPUThrottlingRate", {"rate": SLOWDOWN})
        page.add_init_script(RECORD_SHIFTS)
        page.goto(url, wait_until="load")
        # Material and the site's scripts set the page up after load.
        page.wait_for_timeout(1000)
        return (
            page.evaluate("window.__shifts"),
            page.evaluate(SKIPPABLE_ON_FIRST_SCREEN),
            page.evaluate(BLOCKING_SCRIPTS),
        )
    finally:
        context.close()


def read(browser, base_url: str, path: str) -> Reading:
    reading = Reading(path)
    for width, height in SCREENS:
        screen = f"{width}x{height}"
        shifts, skippable, blocking = load(
            browser, base_url + path, width, height
        )
        reading.shifts[screen] = shifts
        reading.skippable[screen] = skippable
        reading.blocking = blocking
    return reading


@pytest.fixture(scope="module")
def readings(browser, base_url, site) -> list[Reading]:
    assert any(p.startswith("notebooks/") for p in site_pages(site))
    found = every_page(
        site,
        "shift-readings",
        pathlib.Path(__file__),
        lambda path: asdict(read(browser, base_url, path)),
        browser.version,
    )
    return [Reading(**r) for r in found]


def per_screen(readings, seen: str) -> dict:
    """What each page and screen size saw of ``seen``, where it saw any."""
    return {
        (r.path or "/", screen): found
        for r in readings
        for screen, found in getattr(r, seen).items()
        if found
    }


def test_no_block_that_may_be_skipped_starts_on_the_first_screen(readings):
    assert not per_screen(readings, "skippable")


def test_nothing_moves_while_a_page_loads(readings):
    moved = per_screen(readings, "shifts")
    assert not {
        seen: shifts
        for seen, shifts in moved.items()
        if sum(s["value"] for s in shifts) > MOST_SHIFT
    }
    assert all(len(r.shifts) == len(SCREENS) for r in readings)


def test_every_script_waits_for_the_page_to_be_parsed(readings):
    found = {r.path or "/": r.blocking for r in readings if r.blocking}
    assert not found
