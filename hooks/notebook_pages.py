"""MkDocs hook: notebook pages get what Markdown pages get from the extensions.

mkdocs-jupyter renders a notebook without Python-Markdown, so this hook
typesets its math as MathML (nnmaths_site.mathml), makes it lighter
(nnmaths_site.lighter), leaves it out of the search index (its chapter page
says the same and is the page to find) and drops the scripts mkdocs-jupyter
would load from a CDN. It also tells the MathML extension which page it
typesets, for its warnings.
"""

from typing import Any

from mkdocs.structure.pages import Page

from nnmaths_site.lighter import notebook_page
from nnmaths_site.mathml import (
    MathMLExtension,
    drop_cdn_scripts,
    typeset_notebook_page,
)


def is_notebook(page: Page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def on_page_markdown(markdown: str, page: Page, **kwargs: Any) -> str:
    MathMLExtension.where = page.file.src_uri
    return markdown


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    if not is_notebook(page):
        return html
    page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
    return notebook_page(typeset_notebook_page(html, page.file.src_uri))


def on_post_page(output: str, page: Page, **kwargs: Any) -> str:
    return drop_cdn_scripts(output)
