"""Lighter pages for phones, and a search index of the prose: page HTML, rewritten.

Every page (``LighterExtension``, a Python-Markdown postprocessor that runs
after ``nnmaths_site.mathml``, so any builder that runs Markdown extensions
applies it):

- Code blocks lose the spans that change nothing on screen: pygments wraps
  every name (``n``), every run of whitespace (``w``) and every bracket, comma
  and colon (``p``) in its own span, and Material draws names in the code's
  text color (site.css draws punctuation so too). Chapter 3's listings were
  85 KB of markup around 25 KB of code; without these spans they keep their
  colors with half the elements.
- Code listings, printed output, display formulas and the words drawn inside
  each figure (tick labels, legends) are left out of the search index
  (``data-search-exclude``, read by Material's search plugin): the same
  functions are included on several pages, and a reader searches for the
  prose that explains them. A figure's alt text (its ``<title>``) stays.
- MathML is written compactly: no ``xmlns`` (HTML puts ``<math>`` in the
  MathML namespace itself) and characters instead of latex2mathml's numeric
  references (``=`` for ``&#x0003D;``).
- An inline formula may break across lines where TeX would break it: after a
  relation or a plus or minus at its top level (``a = b + c`` becomes
  ``a =``, ``b +`` and ``c``, three ``<math>`` elements in a row). A browser
  never breaks inside one, so a long formula in a sentence would otherwise
  make the page wider than a phone's screen.
- A figure that is a row of images (four or more axes, one image each, side
  by side over the whole width, like Chapter 8's misclassified digits) is cut
  into one small SVG per image inside a wrapping row, under the figure's
  label: on a phone the row wraps, and each image stays large enough to read.

Notebook pages (mkdocs-jupyter renders them without Markdown extensions; the
hook ``hooks/notebook_pages.py`` calls ``notebook_page``):

- The same code, MathML and figure changes as above.
- The ~590 KB of JupyterLab CSS and the pygments CSS that nbconvert writes
  into every notebook page are dropped; the site stylesheet styles what these
  pages use, downloaded once and cached for every page.
- Plots (PNG, full color as matplotlib writes them) are re-encoded with a
  palette of 256 colors: the same picture in about a quarter of the bytes.
- Code cells, and listings in Markdown cells, get the markup of the chapters'
  code blocks (``pre > code`` in a ``highlight`` block), so they have
  Material's colors, contrast and copy button; nbconvert's copy buttons, their
  script and the hidden second copy of every cell's source are dropped, and so
  are JupyterLab's empty collapser bars and output prompts.

In mkdocs.yml (after ``nnmaths_site.mathml``)::

    markdown_extensions:
      - nnmaths_site.lighter
"""

from __future__ import annotations

import base64
import io
import re

from markdown import Extension, Markdown
from markdown.postprocessors import Postprocessor
from PIL import Image

# Highlighting that changes nothing a reader needs: names (drawn in the code's own color),
# whitespace, and punctuation (drawn in the code's color too: site.css sets it so), and
# the dot of an attribute (np.exp), which Pygments calls an operator.
PLAIN_SPAN = re.compile(r'<span class="(?:[nwp]|o(?=">\.<))">([^<]*)</span>')
PRE = re.compile(r"<pre(?=[ >])(?![^>]*data-search-exclude)")
PRE_BLOCK = re.compile(r"<pre[ >].*?</pre>", re.DOTALL)
# An arrow in a comment, docstring or output ("(m, n) -> (m,)"): a browser may wrap a line
# after a hyphen, which would leave "-" at the end of one line and ">" on the next.
TEXT_ARROW = re.compile(r'(?<!<span class="o">)-&gt;')
# The words drawn in a figure (SVG text: tick labels, legends) would be indexed as
# "0 5 10 −2 0 2"; the figure's title, its alt text, stays in the index. (Material's parser
# tells elements apart by tag only, so the mark goes on an element never nested in its kind.)
FIGURE_TEXT = re.compile(r"<text(?=[ >])(?![^>]*data-search-exclude)")
# A display formula's MathML flattens to "∂C∂wj=1m∑ieiXij" in the index: no reader searches
# for that, and the sentence around the formula names what it says.
DISPLAY_MATH = re.compile(r'<math display="block"(?![^>]*data-search-exclude)')

MATH = re.compile(r"<math(?P<attrs>[^>]*)>(?P<body>.*?)</math>", re.DOTALL)
MATH_NS = ' xmlns="http://www.w3.org/1998/Math/MathML"'
REFERENCE = re.compile(r"&#x([0-9A-Fa-f]+);")
# Characters that must stay references inside HTML text.
MARKUP = {"<", ">", "&", '"'}

INLINE_MATH = re.compile(
    r'<math display="inline"><mrow>(?P<body>(?:(?!</math>).)*?)</mrow></math>',
    re.DOTALL,
)
TAG = re.compile(r"<(/?)[a-z]+[^>]*?(/?)>")
# Where TeX breaks an inline formula: after a relation, a plus or a minus, outside any group
# (not after a product: "3 x" then "4" on the next line would misread as a shape).
BREAK_AFTER = re.compile(r"<mo>(=|≈|≠|≤|≥|&#x0003C;|&#x0003E;|→|\+|−)</mo>")
# A plus or minus after another operator or an opening bracket is a sign, not a binary
# operator: "[−1, 1]" and "{−1, +1}" keep each sign with its number.
SIGN = re.compile(r"<mo>(\+|−)</mo>")
# A formula of three parts or fewer ("l − 1", "w = 0") is short enough to keep whole.
MIN_PARTS_TO_CUT = 4
CLOSING = re.compile(r"<mo[^>]*>[)\]}|‖⟩]</mo>")
# A sign right after another operator: MathML Core spaces any "mo" that is not first in its
# row as a binary operator, so "(−2)" would show as "( − 2)" unless it is marked a prefix.
SIGN_AFTER_OPERATOR = re.compile(
    r"(?P<op><mo[^>]*>[^<]*</mo>)(?P<space>(?:<mspace[^>]*/>)*)<mo>(?P<sign>\+|−)</mo>"
)
# An inline formula with the punctuation that touches it. A browser may break a line on
# either side of a formula, as of an image, which would start a line with its period.
PUNCTUATED_MATH = re.compile(
    r'(?P<before>[(\[]?)(?P<math><math display="inline">(?:(?!</math>).)*</math>)'
    r"(?P<after>[.,;:!?)\]]*)",
    re.DOTALL,
)

FIGURE = re.compile(
    r'<svg role="img" aria-label="(?P<label>[^"]*)" class="nnmaths-figure"[^>]*?'
    r'viewBox="0 0 (?P<width>[\d.]+) (?P<height>[\d.]+)"[^>]*>(?P<body>.*?)</svg>',
    re.DOTALL,
)
# matplotlib writes each axes as a group two spaces in, closed at the same indent.
AXES = re.compile(
    r'^  <g id="[\w-]*axes_\d+">\n.*?^  </g>$', re.DOTALL | re.MULTILINE
)
CLIP = re.compile(r' clip-path="url\(#[\w-]+\)"')
MIN_IMAGES = 4

INLINE_STYLE = re.compile(r"\s*<style[^>]*>.*?</style>", re.DOTALL)
COPY_SCRIPT = re.compile(
    r"\s*<script>(?:(?!</script>).)*clipboard-copy.*?</script>", re.DOTALL
)
COPY_BUTTON = re.compile(
    r'\s*<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>',
    re.DOTALL,
)
COPY_TEXT = re.compile(
    r'\s*<div class="clipboard-copy-txt" id="cell-\d+">.*?</div>', re.DOTALL
)
CELL_CODE = re.compile(
    r'<div class="highlight-ipynb hl-(?P<lang>\w+)[^"]*"><pre><span></span>(?P<code>.*?)</pre></div>',
    re.DOTALL,
)
# JupyterLab's empty widgets: the collapser bars beside each cell and the empty output prompts.
EMPTY_WIDGETS = re.compile(
    r'\s*<div class="jp-Collapser [^"]*">\s*</div>|\s*<div class="jp-OutputPrompt [^"]*"></div>'
)
# Listings in Markdown cells (nbconvert highlights them without a code element).
MARKDOWN_CODE = re.compile(
    r'<div class="highlight"><pre><span></span>(?P<code>.*?)</pre></div>',
    re.DOTALL,
)
# A notebook's plots, as the kernel wrote them: PNG in base64.
PNG = re.compile(r"(?<=data:image/png;base64,)[A-Za-z0-9+/=]+")
# nbconvert's cell ids hold an "=", which breaks the selector of Material's copy button.
CELL_ID = re.compile(r'id="cell-id=(?P<id>[\w-]+)"')


def lighter_code(html: str) -> str:
    """Drop the spans that do not change how code looks.

    >>> lighter_code('<span class="n">x</span><span class="w"> </span><span class="o">=</span>')
    'x <span class="o">=</span>'
    >>> lighter_code('np<span class="o">.</span>exp')
    'np.exp'
    """
    return keep_arrows(PLAIN_SPAN.sub(r"\1", html))


def keep_arrows(html: str) -> str:
    """Keep each "->" in a code or output block whole, where it is not an operator span.

    >>> keep_arrows('<pre><span class="c1"># (4,) -&gt; (2,)</span></pre>')
    '<pre><span class="c1"># (4,) <span class="nbr">-&gt;</span> (2,)</span></pre>'
    >>> keep_arrows('<pre><span class="o">-&gt;</span></pre>')
    '<pre><span class="o">-&gt;</span></pre>'
    """
    whole = '<span class="nbr">-&gt;</span>'
    return PRE_BLOCK.sub(lambda block: TEXT_ARROW.sub(whole, block[0]), html)


def compact_math(html: str) -> str:
    """Write each formula's MathML without the namespace and with characters for references.

    >>> compact_math('<math xmlns="http://www.w3.org/1998/Math/MathML"><mo>&#x0003D;</mo></math>')
    '<math><mo>=</mo></math>'
    >>> compact_math("<math><mo>&#x0003C;</mo></math>")
    '<math><mo>&#x0003C;</mo></math>'
    """

    def character(match: re.Match[str]) -> str:
        char = chr(int(match[1], 16))
        return match[0] if char in MARKUP else char

    def formula(match: re.Match[str]) -> str:
        attrs = match["attrs"].replace(MATH_NS, "")
        return f"<math{attrs}>{REFERENCE.sub(character, match['body'])}</math>"

    return MATH.sub(formula, html)


def top_level(mrow: str) -> list[str]:
    """Split the markup inside an ``mrow`` into its child elements.

    >>> top_level('<mi>ln</mi><mspace width="0.1667em" /><mn>2</mn>')
    ['<mi>ln</mi>', '<mspace width="0.1667em" />', '<mn>2</mn>']
    """
    children, depth, start = [], 0, 0
    for tag in TAG.finditer(mrow):
        closing, empty = tag[1], tag[2]
        if empty and depth == 0:
            children.append(tag[0])
        elif not closing and not empty:
            if depth == 0:
                start = tag.start()
            depth += 1
        elif closing:
            depth -= 1
            if depth == 0:
                children.append(mrow[start : tag.end()])
    return children


def breakable_math(html: str) -> str:
    """Cut each inline formula after its top-level relations and binary operators.

    >>> breakable_math('<math display="inline"><mrow><mi>a</mi><mo>=</mo><mi>b</mi><mi>c</mi></mrow></math>')
    '<math display="inline"><mrow><mi>a</mi><mo form="infix">=</mo></mrow></math><math display="inline"><mrow><mi>b</mi><mi>c</mi></mrow></math>'

    A short formula stays whole:

    >>> breakable_math('<math display="inline"><mrow><mi>l</mi><mo>−</mo><mn>1</mn></mrow></math>')
    '<math display="inline"><mrow><mi>l</mi><mo>−</mo><mn>1</mn></mrow></math>'

    A sign stays with its number:

    >>> breakable_math('<math display="inline"><mrow><mo>[</mo><mo>−</mo><mn>1</mn><mo>]</mo></mrow></math>')
    '<math display="inline"><mrow><mo>[</mo><mo>−</mo><mn>1</mn><mo>]</mo></mrow></math>'
    """

    def binary(children: list[str], i: int) -> bool:
        """Whether child ``i``, a relation, plus or minus, joins two operands."""
        if not SIGN.fullmatch(children[i]):
            return True
        before = children[i - 1]
        return not before.startswith("<mo") or bool(CLOSING.fullmatch(before))

    def cut(match: re.Match[str]) -> str:
        pieces: list[list[str]] = [[]]
        children = top_level(match["body"])
        if len(children) < MIN_PARTS_TO_CUT:
            return match[0]
        for i, child in enumerate(children):
            last = i == len(children) - 1
            if (
                BREAK_AFTER.fullmatch(child)
                and not last
                and pieces[-1]
                and binary(children, i)
            ):
                pieces[-1].append(child.replace("<mo>", '<mo form="infix">'))
                pieces.append([])
            else:
                pieces[-1].append(child)
        if len(pieces) == 1:
            return match[0]
        return "".join(
            f'<math display="inline"><mrow>{"".join(p)}</mrow></math>'
            for p in pieces
        )

    return INLINE_MATH.sub(cut, html)


def prefix_signs(html: str) -> str:
    """Mark each plus or minus that follows another operator as a prefix sign.

    >>> prefix_signs('<mo stretchy="false">(</mo><mo>−</mo><mn>2</mn>')
    '<mo stretchy="false">(</mo><mo form="prefix">−</mo><mn>2</mn>'
    >>> prefix_signs('<mo>,</mo><mspace width="0.167em" /><mo>−</mo><mi>y</mi>')
    '<mo>,</mo><mspace width="0.167em" /><mo form="prefix">−</mo><mi>y</mi>'

    After a closing bracket it joins two operands:

    >>> prefix_signs("<mo>)</mo><mo>−</mo><mn>2</mn>")
    '<mo>)</mo><mo>−</mo><mn>2</mn>'
    """

    def mark(match: re.Match[str]) -> str:
        if CLOSING.fullmatch(match["op"]):
            return match[0]
        return f'{match["op"]}{match["space"]}<mo form="prefix">{match["sign"]}</mo>'

    return SIGN_AFTER_OPERATOR.sub(mark, html)


def keep_punctuation(html: str) -> str:
    """Keep each inline formula on one line with the punctuation that touches it.

    >>> keep_punctuation('is <math display="inline"><mi>b</mi></math>. Then')
    'is <span class="nbr"><math display="inline"><mi>b</mi></math>.</span> Then'
    >>> keep_punctuation('is <math display="inline"><mi>b</mi></math> then')
    'is <math display="inline"><mi>b</mi></math> then'
    """

    def keep(match: re.Match[str]) -> str:
        if not (match["before"] or match["after"]):
            return match[0]
        return f'<span class="nbr">{match[0]}</span>'

    return PUNCTUATED_MATH.sub(keep, html)


def image_rows(html: str) -> str:
    """Cut each figure that is a row of images into one SVG per image, in a wrapping row."""

    def cut(match: re.Match[str]) -> str:
        axes = AXES.findall(match["body"])
        if len(axes) < MIN_IMAGES or any(a.count("<image") != 1 for a in axes):
            return match[0]
        width, height = float(match["width"]), float(match["height"])
        step = width / len(axes)
        pieces = "".join(
            f'<svg aria-hidden="true" viewBox="{i * step:g} 0 {step:g} {height:g}" '
            f'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            f"{CLIP.sub('', a)}</svg>"
            for i, a in enumerate(axes)
        )
        label = match["label"]
        return (
            f'<div role="img" aria-label="{label}" class="nnmaths-figure-row" '
            f'style="--images: {len(axes)}">{pieces}</div>'
        )

    return FIGURE.sub(cut, html)


def palette_png(data: str) -> str:
    """Re-encode a base64 PNG with a palette of 256 colors, when that is smaller.

    A plot has a few flat colors and the shades that smooth their edges: 256 colors keep
    both, in about a quarter of the bytes of matplotlib's full-color PNG.
    """
    image = Image.open(io.BytesIO(base64.b64decode(data)))
    palette = image.quantize(256, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    palette.save(out, "PNG", optimize=True)
    smaller = base64.b64encode(out.getvalue()).decode("ascii")
    return smaller if len(smaller) < len(data) else data


def notebook_content(html: str) -> str:
    """A notebook page's content without inlined CSS, with code cells marked up as code blocks."""
    html = INLINE_STYLE.sub("", html)
    html = COPY_SCRIPT.sub("", html)
    html = COPY_BUTTON.sub("", html)
    html = COPY_TEXT.sub("", html)
    html = EMPTY_WIDGETS.sub("", html)
    html = CELL_ID.sub(r'id="\g<id>"', html)
    html = PNG.sub(lambda png: palette_png(png[0]), html)
    html = MARKDOWN_CODE.sub(
        r'<div class="highlight"><pre><code>\g<code></code></pre></div>', html
    )
    return CELL_CODE.sub(
        r'<div class="language-\g<lang> highlight"><pre><code>\g<code></code></pre></div>',
        html,
    )


def search_marks(html: str) -> str:
    """Leave code, output, display formulas and a figure's words unindexed.

    >>> search_marks('<pre><code>x</code></pre><math display="block">')
    '<pre data-search-exclude><code>x</code></pre><math display="block" data-search-exclude>'
    """
    html = FIGURE_TEXT.sub("<text data-search-exclude", html)
    html = DISPLAY_MATH.sub('<math display="block" data-search-exclude', html)
    return PRE.sub("<pre data-search-exclude", html)


def unwrap_rows(html: str) -> str:
    """Drop the row that wraps the whole of a formula: a ``math`` is a row itself.

    latex2mathml puts each formula's content in one ``mrow``; MathML Core lays out
    a ``math`` element's children as an ``mrow`` does, so the wrapper draws nothing
    and costs the browser an element to style and lay out (about 500 on Chapter 3).

    >>> unwrap_rows('<math><mrow><mi>a</mi><mo>=</mo><mi>b</mi></mrow></math>')
    '<math><mi>a</mi><mo>=</mo><mi>b</mi></math>'

    A row beside others is the formula's grouping, and stays:

    >>> unwrap_rows('<math><mrow><mi>a</mi></mrow><mo>+</mo><mi>b</mi></math>')
    '<math><mrow><mi>a</mi></mrow><mo>+</mo><mi>b</mi></math>'
    """

    def unwrap(match: re.Match[str]) -> str:
        children = top_level(match["body"])
        row = children[0] if len(children) == 1 else ""
        if not (row.startswith("<mrow>") and row.endswith("</mrow>")):
            return match[0]
        return f"<math{match['attrs']}>{row[len('<mrow>') : -len('</mrow>')]}</math>"

    return MATH.sub(unwrap, html)


def inline_by_default(html: str) -> str:
    """Drop ``display="inline"``: MathML's default, said 100 to 300 times a page.

    >>> inline_by_default('<math display="inline"><mi>x</mi></math>')
    '<math><mi>x</mi></math>'
    """
    return html.replace('<math display="inline">', "<math>")


def lighter(html: str) -> str:
    """What every page's HTML gets: compact, breakable math, lighter code."""
    math = keep_punctuation(prefix_signs(breakable_math(compact_math(html))))
    math = unwrap_rows(math)
    return inline_by_default(lighter_code(image_rows(math)))


def chapter_page(html: str) -> str:
    """A Markdown page's HTML, lighter and with its search marks."""
    return search_marks(lighter(html))


def notebook_page(html: str) -> str:
    """A notebook page's HTML, lighter, without inlined CSS, code as blocks.

    The page is left out of the search index as a whole (its chapter page
    says the same and is the page to find): the hook sets that in its meta.
    """
    return notebook_content(lighter(html))


class LighterPostprocessor(Postprocessor):
    def run(self, text: str) -> str:
        return chapter_page(text)


class LighterExtension(Extension):
    """Lighter code and math, and search marks, on every Markdown page."""

    def extendMarkdown(self, md: Markdown) -> None:
        # Below nnmaths_site.mathml's priority 0: it works on the MathML.
        md.postprocessors.register(
            LighterPostprocessor(md), "nnmaths_lighter", -10
        )


def makeExtension(**kwargs: object) -> LighterExtension:
    return LighterExtension(**kwargs)
