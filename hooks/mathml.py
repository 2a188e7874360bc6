"""Typeset every formula as MathML while the site is built: a Markdown extension and a hook.

pymdownx.arithmatex (``generic: true``) leaves ``\\( ... \\)`` in a ``span`` and
``\\[ ... \\]`` in a ``div`` of class ``arithmatex``; nbconvert leaves ``$ ... $``
and ``$$ ... $$`` in the Markdown cells of a notebook page. This hook replaces
both with MathML, which browsers draw natively: a page needs no script, no
font and no request to typeset its math, and Material's instant navigation
has nothing to redo.

Pages are typeset by ``MathMLExtension``, a Python-Markdown extension (it runs after
arithmatex, on the page's HTML), so any tool that runs Markdown extensions typesets them;
the hook adds it to MkDocs' extensions. Notebook pages are not Markdown: the hook typesets
their HTML itself, and removes the scripts mkdocs-jupyter would load from a CDN.
"""

from __future__ import annotations

import html
import logging
import re
from typing import Any

from latex2mathml.converter import convert
from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.hooks.mathml")

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<body>.*?)</(?P=tag)>',
    re.DOTALL,
)
# Its delimiters: \( \) inline, \[ \] display; a bare \begin{...} environment is display.
DELIMITED = re.compile(
    r"\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*", re.DOTALL
)
# nbconvert writes each Markdown cell into one of these; the next cell starts a new one.
NOTEBOOK_MARKDOWN = re.compile(
    r'(data-mime-type="text/markdown">)(.*?)(?=<div[^>]*class="jp-Cell |\Z)',
    re.DOTALL,
)
DOLLARS = re.compile(
    r"(?<![\\$])\$\$(?P<block>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$",
    re.DOTALL,
)
# latex2mathml renders anything it does not know as text: a backslash or a bare &.
UNKNOWN = re.compile(r"<mi>(\\[A-Za-z]+|&)</mi>")
# What mkdocs-jupyter would load from a CDN: MathJax with its settings (nbconvert's
# template in 0.26, a loader on every page from 0.27 on), and mermaid for diagrams,
# which these notebooks do not have. The site needs none of them.
NOTEBOOK_CDN_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script data-mkdocs-jupyter-mathjax=.*?</script>"
    r'|<script type="module">(?:(?!</script>).)*?mermaid(?:(?!</script>).)*</script>',
    re.DOTALL,
)


def mathml(tex: str, display: bool, where: str) -> str:
    """Return the MathML of one formula; warn (so a strict build fails) on TeX it cannot read."""
    # latex2mathml lays out align* but not aligned; inside display math they mean the same.
    tex = tex.replace(r"{aligned}", r"{align*}")
    markup = convert(tex.strip(), display="block" if display else "inline")
    unknown = UNKNOWN.findall(markup)
    if unknown:
        log.warning(
            "%s: cannot typeset %s in the formula %r",
            where,
            ", ".join(unknown),
            tex,
        )
    return markup


def typeset_arithmatex(content: str, where: str) -> str:
    """Replace arithmatex's TeX spans and divs (and mkdocs-jupyter's, from 0.27) with MathML."""

    def replace(match: re.Match[str]) -> str:
        body = html.unescape(match["body"])
        delimited = DELIMITED.fullmatch(body)
        if delimited:
            return mathml(delimited["tex"], delimited["open"] == "[", where)
        return mathml(body, display=True, where=where)

    return ARITHMATEX.sub(replace, content)


def typeset_notebook(content: str, where: str) -> str:
    """Replace the dollar-delimited TeX of a notebook's Markdown cells with MathML."""

    def formula(match: re.Match[str]) -> str:
        display = match["block"] is not None
        tex = match["block"] if display else match["inline"]
        return mathml(html.unescape(tex), display, where)

    def cell(match: re.Match[str]) -> str:
        return match[1] + DOLLARS.sub(formula, match[2])

    return NOTEBOOK_MARKDOWN.sub(cell, content)


class MathMLPostprocessor(Postprocessor):  # type: ignore[misc]
    """Replace arithmatex's output in a page's final HTML with MathML."""

    def __init__(self, md: Markdown, extension: MathMLExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, text: str) -> str:
        return typeset_arithmatex(text, self.extension.where)


class MathMLExtension(Extension):  # type: ignore[misc]
    """Python-Markdown extension: formulas as MathML. ``where`` names the page in warnings."""

    where = "a page"

    def extendMarkdown(self, md: Markdown) -> None:
        # Priority 0: after every postprocessor, raw HTML (where arithmatex's spans wait) included.
        md.postprocessors.register(
            MathMLPostprocessor(md, self), "nnmaths_mathml", 0
        )


EXTENSION = MathMLExtension()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config.markdown_extensions.append(EXTENSION)
    return config


def on_page_markdown(markdown: str, page: Page, **kwargs: Any) -> str:
    EXTENSION.where = page.file.src_uri
    return markdown


def on_page_content(html_content: str, page: Page, **kwargs: Any) -> str:
    """Typeset a notebook page, which mkdocs-jupyter renders without Markdown extensions."""
    where = page.file.src_uri
    if not where.endswith(".ipynb"):
        return html_content
    return typeset_arithmatex(typeset_notebook(html_content, where), where)


def on_post_page(output: str, page: Page, **kwargs: Any) -> str:
    return NOTEBOOK_CDN_SCRIPTS.sub("", output)
