"""Every formula typeset as MathML while the site is built: a Python-Markdown extension.

pymdownx.arithmatex (``generic: true``) leaves ``\\( ... \\)`` in a ``span`` and
``\\[ ... \\]`` in a ``div`` of class ``arithmatex``; this extension's
postprocessor replaces both with MathML, which browsers draw natively: a page
needs no script, no font and no request to typeset its math. It runs after
every other postprocessor, so any builder that runs Python-Markdown extensions
(MkDocs, ProperDocs, Zensical) typesets the pages.

Notebook pages are not Markdown: nbconvert leaves ``$ ... $`` and ``$$ ... $$``
in their Markdown cells, and the MkDocs hook ``hooks/notebook_pages.py``
typesets them with ``typeset_notebook``, then drops the scripts mkdocs-jupyter
would load from a CDN (``drop_cdn_scripts``).

In mkdocs.yml (after ``pymdownx.arithmatex``)::

    markdown_extensions:
      - nnmaths_site.mathml
"""

from __future__ import annotations

import html
import logging
import re

from latex2mathml.converter import convert
from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor

# Under "mkdocs", so a strict MkDocs build counts the warnings and fails.
log = logging.getLogger("mkdocs.nnmaths_site.mathml")

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<body>.*?)</(?P=tag)>',
    re.DOTALL,
)
# Its delimiters: \( \) inline, \[ \] display; a bare \begin{...} is display.
DELIMITED = re.compile(
    r"\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*", re.DOTALL
)
# nbconvert writes each Markdown cell into one of these; the next cell starts
# a new one.
NOTEBOOK_MARKDOWN = re.compile(
    r'(data-mime-type="text/markdown">)(.*?)(?=<div[^>]*class="jp-Cell |\Z)',
    re.DOTALL,
)
DOLLARS = re.compile(
    r"(?<![\\$])\$\$(?P<block>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$]+?)\$",
    re.DOTALL,
)
# latex2mathml renders anything it does not know as text: a backslash or a &.
UNKNOWN = re.compile(r"<mi>(\\[A-Za-z]+|&)</mi>")
# What mkdocs-jupyter would load from a CDN: MathJax with its settings
# (nbconvert's template in 0.26, a loader on every page from 0.27 on), and
# mermaid for diagrams, which these notebooks do not have.
NOTEBOOK_CDN_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script data-mkdocs-jupyter-mathjax=.*?</script>"
    r'|<script type="module">(?:(?!</script>).)*?mermaid'
    r"(?:(?!</script>).)*</script>",
    re.DOTALL,
)

# A norm or absolute value with an exponent or index after it: latex2mathml gives the
# exponent to the closing bar alone, which a browser then sets as a small raised bar.
SCRIPTED_BARS = re.compile(
    r"(?P<bars>\\lVert(?:(?!\\[lr]Vert).)*?\\rVert|\\lvert(?:(?!\\[lr]vert).)*?\\rvert)"
    r"(?=\s*[\^_])",
    re.DOTALL,
)

# A pair of bare bars, an absolute value; "\|" is a norm and is written \lVert here.
BARS = re.compile(r"(?<!\\)\|(?P<inside>[^|]*?)(?<!\\)\|")
# A named function ("max", "step", "diag"): latex2mathml makes some of them operators,
# which a browser spaces on both sides ("max (u, v)"); as names they sit as in TeX.
WORD_OPERATOR = re.compile(r"<mo>(?P<word>[A-Za-z]{2,})</mo>")
# A name, or a name with a script, before its argument: TeX puts a thin space there
# ("cos θ", "ln 2") unless the argument is in brackets.
NAME_BEFORE_ARGUMENT = re.compile(
    r"(?P<name><mi>[A-Za-z]{2,}</mi>"
    r"|<m(?P<s>sub|under)><mi>[A-Za-z]{2,}</mi>(?:(?!</m(?:sub|under)>).)*</m(?P=s)>)"
    r"(?=<m(?:i|n|sub|sup|row|frac)[ >])"
)


def named_functions(markup: str) -> str:
    """Set function names as names, with TeX's thin space before an unbracketed argument.

    >>> named_functions("<mo>max</mo><mo>(</mo><mi>u</mi>")
    '<mi>max</mi><mo>(</mo><mi>u</mi>'
    >>> named_functions("<mi>cos</mi><mi>θ</mi>")
    '<mi>cos</mi><mspace width="0.1667em" /><mi>θ</mi>'
    """
    markup = WORD_OPERATOR.sub(r"<mi>\g<word></mi>", markup)
    return NAME_BEFORE_ARGUMENT.sub(
        r'\g<name><mspace width="0.1667em" />', markup
    )


def group_bars(tex: str) -> str:
    r"""Write each pair of bare bars as a group, so the browser sets them as brackets.

    Ungrouped, the closing bar sits in the middle of the formula's row and gets an
    operator's space on both sides ("|1 − ηa | < 1").

    >>> group_bars(r"|1 - \eta a| < 1")
    '{\\lvert 1 - \\eta a\\rvert} < 1'
    >>> group_bars(r"\| x \|")
    '\\| x \\|'
    """
    if len(re.findall(r"(?<!\\)\|", tex)) % 2:
        return tex  # an odd bar is not part of a pair (a condition, "x | y")
    return BARS.sub(r"{\\lvert \g<inside>\\rvert}", tex)


def group_scripted_bars(tex: str) -> str:
    r"""Group each norm that carries a script, so the script belongs to the whole norm.

    >>> group_scripted_bars(r"\lVert u - v \rVert^2 + \lVert v \rVert")
    '{\\lVert u - v \\rVert}^2 + \\lVert v \\rVert'
    """
    return SCRIPTED_BARS.sub(r"{\g<bars>}", tex)


def mathml(tex: str, display: bool, where: str) -> str:
    """Return the MathML of one formula; warn on TeX it cannot read.

    A strict build fails on the warning, which names ``where`` and the formula.

    >>> mathml(r"\\frac{1}{2}", display=False, where="page.md")[:30]
    '<math xmlns="http://www.w3.org'
    """
    # latex2mathml lays out align* but not aligned; in display math they agree.
    tex = group_scripted_bars(
        group_bars(tex.replace(r"{aligned}", r"{align*}"))
    )
    markup = convert(tex.strip(), display="block" if display else "inline")
    # latex2mathml makes infinity an operator, spaced as one ("= ∞ ,"); it is a symbol.
    markup = named_functions(
        markup.replace("<mo>&#x0221E;</mo>", "<mi>&#x0221E;</mi>")
    )
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
    """Replace arithmatex's TeX spans and divs with MathML.

    mkdocs-jupyter writes the same spans from 0.27 on.

    >>> typeset_arithmatex('<span class="arithmatex">\\\\(x\\\\)</span>', "p")
    '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline"><mrow><mi>x</mi></mrow></math>'
    """

    def replace(match: re.Match[str]) -> str:
        body = html.unescape(match["body"])
        delimited = DELIMITED.fullmatch(body)
        if delimited:
            return mathml(delimited["tex"], delimited["open"] == "[", where)
        return mathml(body, display=True, where=where)

    return ARITHMATEX.sub(replace, content)


def typeset_notebook(content: str, where: str) -> str:
    """Replace the dollar-delimited TeX of a notebook's Markdown cells."""

    def formula(match: re.Match[str]) -> str:
        display = match["block"] is not None
        tex = match["block"] if display else match["inline"]
        return mathml(html.unescape(tex), display, where)

    def cell(match: re.Match[str]) -> str:
        return match[1] + DOLLARS.sub(formula, match[2])

    return NOTEBOOK_MARKDOWN.sub(cell, content)


def typeset_notebook_page(content: str, where: str) -> str:
    """Typeset a notebook page's HTML: its cells' dollars and its spans."""
    return typeset_arithmatex(typeset_notebook(content, where), where)


def drop_cdn_scripts(output: str) -> str:
    """Remove the scripts mkdocs-jupyter adds from a CDN; none is needed."""
    return NOTEBOOK_CDN_SCRIPTS.sub("", output)


class MathMLPostprocessor(Postprocessor):
    """Replace arithmatex's output in a page's final HTML with MathML."""

    def run(self, text: str) -> str:
        return typeset_arithmatex(text, MathMLExtension.where)


class MathMLExtension(Extension):
    """Formulas as MathML.

    ``where`` names the page in warnings: a builder that knows the page sets
    it (hooks/notebook_pages.py does, for MkDocs), else it reads "a page".
    """

    where = "a page"

    def extendMarkdown(self, md: Markdown) -> None:
        # Priority 0: after every postprocessor, raw HTML (where arithmatex's
        # spans wait) included.
        md.postprocessors.register(
            MathMLPostprocessor(md), "nnmaths_mathml", 0
        )


def makeExtension(**kwargs: object) -> MathMLExtension:
    return MathMLExtension(**kwargs)
