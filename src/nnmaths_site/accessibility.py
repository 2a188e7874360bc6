"""What the theme's page lacks for keyboards and screen readers, added to its HTML.

Both work on the whole page as the theme wrote it (MkDocs' ``on_post_page``;
``hooks/accessibility.py`` calls them), since the template, not Markdown,
writes the search dialog and the end of the body.
"""

from __future__ import annotations

SEARCH_DIALOG = (
    '<div class="md-search" data-md-component="search" role="dialog">'
)
# A box that scrolls sideways on the reader's screen (a display formula, a
# table, a notebook plot) can be reached with the keyboard: a few lines of
# script give exactly those a tabindex, as Material does for its code blocks.
# A box is measured when it is laid out at a new size (a ResizeObserver: on
# load, on resize, and when a block site.css skipped is drawn), and only once
# it is drawn: measuring a box while it is skipped would lay its block out at
# once (the notation page's ten tables on load, 113 ms unthrottled). A box is
# drawn when it and its first child are (a skipped block is laid out itself,
# its contents are not); a skipped block that is itself a box is measured when
# it is drawn, in case its height did not change. All the boxes are measured
# before any is changed, and only a box whose answer changed is touched.
SCROLLERS = 'math[display="block"], .md-typeset__scrollwrap, .jp-RenderedImage'
FOCUSABLE_SCROLLERS = (
    "<script>(() => {const boxes = '" + SCROLLERS + "';"
    " const shown = e => !e || !e.checkVisibility || e.checkVisibility({contentVisibilityAuto: true});"
    " const mark = all => {const found = all.filter(e => shown(e) && shown(e.firstElementChild));"
    " const wide = found.map(e => e.scrollWidth > e.clientWidth + 1);"
    " found.forEach((e, i) => wide[i] === e.hasAttribute('tabindex') ||"
    " (wide[i] ? e.setAttribute('tabindex', '0') : e.removeAttribute('tabindex')))};"
    " const resized = new ResizeObserver(entries => mark(entries.map(entry => entry.target)));"
    " addEventListener('load', () => document.querySelectorAll(boxes).forEach(e => resized.observe(e)));"
    " document.addEventListener('contentvisibilityautostatechange',"
    " e => e.skipped || !e.target.matches(boxes) || mark([e.target]), true)})()</script>"
)


def name_search_dialog(output: str) -> str:
    """Give Material's search dialog the accessible name its template lacks.

    A dialog needs a name that screen readers announce (axe-core:
    aria-dialog-name).

    >>> name_search_dialog(SEARCH_DIALOG)
    '<div class="md-search" data-md-component="search" role="dialog" aria-label="Search">'
    """
    return output.replace(
        SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">'
    )


def with_focusable_scrollers(output: str) -> str:
    """Put the script that makes scrolling boxes focusable before ``</body>``.

    >>> with_focusable_scrollers("<body></body>").startswith("<body><script>")
    True
    >>> with_focusable_scrollers("no body")
    'no body'
    """
    head, body_end, tail = output.rpartition("</body>")
    return head + FOCUSABLE_SCROLLERS + body_end + tail if body_end else output
