"""MkDocs hook: a notebook's figures get the alt text of the same figures on the chapter page.

nbconvert gives every plot of a notebook the stock alt text "No description has been
provided for this image". The notebook is made from the chapter page and draws the same
figures in the same order, from the same run, so the page's descriptions fit them. The
chapter pages are rendered before any page is written, so their labels are known by then.
"""

import posixpath
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

STOCK = 'alt="No description has been provided for this image"'
LABEL = re.compile(r'<svg role="img" aria-label="([^"]*)"')
# Chapter stem -> the aria-labels of its figures, in page order (filled while rendering).
LABELS: dict[str, list[str]] = {}


def stem(page: Page) -> str:
    return posixpath.splitext(posixpath.basename(page.file.src_uri))[0]


def on_pre_build(config: MkDocsConfig) -> None:
    LABELS.clear()  # `mkdocs serve` rebuilds in one process


def on_page_content(content: str, page: Page, **kwargs: object) -> str:
    if page.file.src_uri.startswith("chapters/"):
        LABELS[stem(page)] = LABEL.findall(content)
    return content


def on_post_page(output: str, page: Page, **kwargs: object) -> str:
    """Give a notebook page's plots the chapter's labels, when the counts agree."""
    labels = LABELS.get(stem(page), [])
    if not page.file.src_uri.startswith("notebooks/") or output.count(
        STOCK
    ) != len(labels):
        return output
    for label in labels:
        output = output.replace(
            STOCK, f'alt="{label}"', 1
        )  # escaped for an attribute already
    return output
