"""MkDocs hook: give Material's search dialog the accessible name that its template lacks."""

from typing import Any

from mkdocs.structure.pages import Page

SEARCH_DIALOG = (
    '<div class="md-search" data-md-component="search" role="dialog">'
)


def on_post_page(output: str, page: Page, **kwargs: Any) -> str:
    # A dialog needs a name that screen readers announce (axe-core: aria-dialog-name).
    return output.replace(
        SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">'
    )
