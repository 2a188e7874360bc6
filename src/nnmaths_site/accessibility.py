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
# script give exactly those a tabindex, on load and when the window is
# resized, as Material does for its code blocks.
SCROLLERS = 'math[display="block"], .md-typeset__scrollwrap, .jp-RenderedImage'
FOCUSABLE_SCROLLERS = (
    "<script>(() => {const mark = () => document.querySelectorAll('"
    + SCROLLERS
    + "').forEach(e => e.scrollWidth > e.clientWidth + 1 ? e.setAttribute('tabindex', '0')"
    " : e.removeAttribute('tabindex')); addEventListener('load', mark);"
    " addEventListener('resize', mark)})()</script>"
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
