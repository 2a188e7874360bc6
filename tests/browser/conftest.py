"""A real Chromium, driven by Playwright, reading the built site from 127.0.0.1.

Playwright's own browser download is not used: the tests run the system's Chromium
(``/usr/bin/chromium``, or the path in the ``CHROMIUM`` environment variable). Without
one they skip, unless ``NNMATHS_REQUIRE_BROWSER=1`` (set by ``.ci/run``) makes that a
failure.
"""

import functools
import http.server
import os
import pathlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from nnmaths_site.sitekit import CHROMIUM, CHROMIUM_ARGS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = pathlib.Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium() -> pathlib.Path:
    if CHROMIUM.is_file():
        return CHROMIUM
    reason = (
        f"no Chromium at {CHROMIUM}: install one (apt-get install chromium) "
        "or set CHROMIUM to its path"
    )
    if os.environ.get("NNMATHS_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per request would bury the test output


@pytest.fixture(scope="session")
def base_url(site) -> Iterator[str]:
    """Serve the site the other tests read (tests/conftest.py) on 127.0.0.1."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser(chromium) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """A page opened in a fresh browser context, with everything it asked for and logged."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    bytes_received: int = 0


@pytest.fixture
def visit(browser, base_url) -> Iterator[Callable[..., Visit]]:
    """Open a page of the site in a new context (empty cache) with a given color scheme."""
    contexts = []

    def open_page(
        path: str,
        scheme: str = "light",
        permissions: list[str] = (),
        settle: bool = False,
        width: int = 1200,
    ) -> Visit:
        """``settle``: wait until the network has been idle for 0.5 s, for late requests."""
        context = browser.new_context(
            color_scheme=scheme, viewport={"width": width, "height": 900}
        )
        context.grant_permissions(
            list(permissions), origin=base_url.rstrip("/")
        )
        contexts.append(context)
        visit = Visit(context.new_page())
        context.on(
            "request", lambda request: visit.requests.append(request.url)
        )
        visit.page.on(
            "console",
            lambda m: m.type == "error" and visit.errors.append(m.text),
        )
        visit.page.on(
            "pageerror", lambda error: visit.errors.append(str(error))
        )

        def count(request) -> None:
            sizes = request.sizes()
            visit.bytes_received += (
                sizes["responseBodySize"] + sizes["responseHeadersSize"]
            )

        context.on("requestfinished", count)
        visit.page.goto(
            base_url + path, wait_until="networkidle" if settle else "load"
        )
        return visit

    yield open_page
    for context in contexts:
        context.close()


# site.css skips drawing the blocks out of view (content-visibility: auto) until the
# reader scrolls near them; until then their text reads as empty (innerText), their
# styles may be stale and their boxes unmeasured. The two fixtures below show the page as
# a reader sees it: one block scrolled to, or every block as it looks when scrolled to.
EVERY_BLOCK_DRAWN = "* { content-visibility: visible !important; }"


def next_frames(page: Page) -> None:
    """Wait two frames: the browser draws what came into view in the first."""
    page.evaluate(
        "() => new Promise(done => requestAnimationFrame("
        "() => requestAnimationFrame(done)))"
    )


def scroll_to(locator: Locator) -> None:
    """Scroll to an element, as a reader does, and wait until it is drawn."""
    locator.scroll_into_view_if_needed()
    next_frames(locator.page)


def draw_all(page: Page) -> None:
    """Draw every block at once, for a check that measures the whole page at once.

    Scrolling through the page would not do: a block scrolled past is skipped again.
    """
    page.add_style_tag(content=EVERY_BLOCK_DRAWN)
    next_frames(page)


@pytest.fixture(scope="session")
def into_view() -> Callable[[Locator], None]:
    return scroll_to


@pytest.fixture(scope="session")
def draw_every_block() -> Callable[[Page], None]:
    return draw_all
