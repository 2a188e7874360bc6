"""A jump to a heading lands where Material puts headings, on a long page (issue 18).

site.css skips drawing the blocks out of view (content-visibility: auto) and gives each an
estimated height until it is first drawn; the blocks drawn after a jump can be taller or
shorter than estimated and move the heading off the place the browser scrolled it to.
javascripts/anchors.js scrolls it into place again. Each jump here, by a link with a
hash and by a click in the table of contents, at a phone's and a desktop's width, is
compared with the same jump with every block drawn from the start (no estimates).
"""

import pytest

PAGES = {
    # The headings that landed farthest off without anchors.js (bench/README.md).
    "chapters/03-gradient-descent/": "gradient-descent",
    "notebooks/03-gradient-descent/": "a-worked-example-two-steps-in-a-chain",
}
WIDTHS = (390, 1280)
TOLERANCE_PX = 3
NO_SKIPPING = "\n* { content-visibility: visible !important; }\n"

# The heading's top once it has stayed put for ten frames in a row (anchors.js re-lands
# it up to three times, two frames apart).
SETTLED_TOP = """id => new Promise(done => {
  const heading = document.getElementById(id);
  let last = null, same = 0;
  const tick = () => {
    const top = heading.getBoundingClientRect().top;
    same = top === last ? same + 1 : 0;
    last = top;
    if (same >= 10) done(top); else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})"""


def open_page(browser, base_url, path, width, skipping):
    """A page at ``width``; without ``skipping``, every block is drawn from the start."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    if not skipping:

        def drawn(route) -> None:
            css = route.fetch().text() + NO_SKIPPING
            route.fulfill(body=css, headers={"content-type": "text/css"})

        context.route("**/stylesheets/site.css", drawn)
    page = context.new_page()
    page.goto(base_url + path)
    return page


def click_in_contents(page, heading: str) -> None:
    """Click the heading's entry in the table of contents, as a reader reaches it."""
    link = f'a.md-nav__link[href="#{heading}"]'
    if page.locator(f".md-sidebar--secondary {link}").is_visible():
        page.locator(f".md-sidebar--secondary {link}").click()
        return
    # On a phone the contents are in the menu, under the page's own entry.
    page.locator("label.md-header__button[for='__drawer']").click()
    page.locator(".md-nav--primary label.md-nav__link[for='__toc']").click()
    page.locator(f".md-nav--primary {link}").click()


def landed(browser, base_url, path, width, how, skipping) -> float:
    heading = PAGES[path]
    if how == "hash":
        page = open_page(
            browser, base_url, f"{path}#{heading}", width, skipping
        )
    else:
        page = open_page(browser, base_url, path, width, skipping)
        page.wait_for_load_state("networkidle")
        click_in_contents(page, heading)
    page.wait_for_load_state("networkidle")
    try:
        return page.evaluate(SETTLED_TOP, heading)
    finally:
        page.context.close()


@pytest.mark.parametrize("how", ["hash", "contents"])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_a_jump_lands_on_its_heading(browser, base_url, path, width, how):
    expected = landed(browser, base_url, path, width, how, skipping=False)
    top = landed(browser, base_url, path, width, how, skipping=True)
    assert 0 < expected < 200, "the heading is not near the screen's top"
    assert abs(top - expected) <= TOLERANCE_PX, (
        f"/{path}#{PAGES[path]} at {width} px: {top:.0f} px, "
        f"not {expected:.0f} px"
    )
