"""MkDocs hook: the theme's pages, named and reachable (nnmaths_site.accessibility)."""

from typing import Any

from mkdocs.structure.pages import Page

from nnmaths_site.accessibility import (
    name_search_dialog,
    with_focusable_scrollers,
)


def on_post_page(output: str, page: Page, **kwargs: Any) -> str:
    return with_focusable_scrollers(name_search_dialog(output))
