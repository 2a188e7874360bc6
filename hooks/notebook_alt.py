"""MkDocs hook: a notebook's plots get the alt text of its chapter's figures.

The chapter pages are rendered before any page is written, so their labels
are known when the notebook pages are (nnmaths_site.notebooks).
"""

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from nnmaths_site.notebooks import figure_labels, with_alt_text

# Chapter stem -> the labels of its figures, in page order.
LABELS: dict[str, list[str]] = {}


def stem(page: Page) -> str:
    return posixpath.splitext(posixpath.basename(page.file.src_uri))[0]


def on_pre_build(config: MkDocsConfig) -> None:
    LABELS.clear()  # `mkdocs serve` rebuilds in one process


def on_page_content(content: str, page: Page, **kwargs: object) -> str:
    if page.file.src_uri.startswith("chapters/"):
        LABELS[stem(page)] = figure_labels(content)
    return content


def on_post_page(output: str, page: Page, **kwargs: object) -> str:
    if not page.file.src_uri.startswith("notebooks/"):
        return output
    return with_alt_text(output, LABELS.get(stem(page), []))
