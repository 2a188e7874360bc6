"""Draw a matplotlib figure as inline SVG that reads well in the light and the dark scheme.

Figures are made when the site is built, so no image is ever committed. matplotlib is a
dependency of the docs and tests only; the package itself needs nothing but numpy.
"""

import io
import re
from collections.abc import Callable
from typing import Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.text import Text

# A color no plot uses on purpose: after drawing, it becomes the page's text color.
INK = "#010203"
# Keys are rc names: matplotlib 3.11 types them as a Literal, 3.10 as str; Any fits both.
STYLE: dict[Any, Any] = {
    "svg.hashsalt": "nnmaths",  # same ids on every build
    "svg.fonttype": "none",  # text stays text: smaller, searchable, in the reader's font
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "legend.frameon": False,  # a white legend box would glare in the dark scheme
    # Drop points closer than a third of a point to the line through their neighbors: a
    # line of 2,000 noisy steps keeps its look with a fraction of its vertices.
    "path.simplify_threshold": 1 / 3,
}
# A figure is as wide as the column, or narrower: on a phone 390 px wide the column is 358
# CSS px (Material's margins), and its smallest text must still be 9 px there. A figure
# drawn wider than its smallest text allows is drawn smaller, keeping its proportions.
PHONE_COLUMN_PX = 358
MIN_TEXT_PX = 9
POINTS_PER_INCH = 72
# The figure's size on the page: a tenth of a point (0.1/72 inch) is finer than any screen
# shows at the widths a figure is drawn, so coordinates keep one decimal.
NUMBER = re.compile(r"-?\d+\.\d+")
GEOMETRY = re.compile(r'(?P<attr> (?:d|x|y|transform)=")(?P<value>[^"]*)"')
LINE_BREAK = re.compile(r"\s*\n\s*")
AFTER_COMMAND = re.compile(r"([MLCQz]) ")
FONTS = re.compile(r'font-family: [^;"]*; |; font-family: [^;"]*(?=")')
STYLE_ATTR = re.compile(r' style="[^"]*"')
# Indents deeper than two spaces become one: nnmaths_site.lighter finds each axes by its
# two-space indent, and deeper lines need none.
DEEP_INDENT = re.compile(r"^ {3,}", re.MULTILINE)
ID = re.compile(r' id="(?P<id>[^"]+)"')
GROUP = re.compile(r"\n *<g>(?=\n)|\n *<g [^>]*>(?=\n)|\n *</g>(?=\n)")
# Two or more <use> in a row with the same style: a plot's markers, one line each.
USE_RUN = re.compile(
    r'^(?P<indent> *)<use [^\n]*? style="(?P<style>[^"]*)"/>\n'
    r'(?:(?P=indent)<use [^\n]*? style="(?P=style)"/>\n)+',
    re.MULTILINE,
)
FONT = "DejaVu Sans, sans-serif"
INKED_TEXT = re.compile(
    r'(<t(?:ext|span) [^>]*style="[^"]+);fill:currentColor(?=")'
)
USE = re.compile(
    r'<use xlink:href="#(?P<id>[^"]+)"[^>]*?(?: style="(?P<style>[^"]*)")?/>'
)
# Set on every element by matplotlib's own <style>: a use's value never reached its path.
SHEET_SET = ("stroke-linejoin", "stroke-linecap")


def render(
    draw: Callable[[Figure], None],
    name: str,
    alt: str,
    size: tuple[float, float] = (6, 3.5),
) -> str:
    """Return the SVG markup of the figure that ``draw`` fills in.

    ``name`` prefixes every id, so that several figures can share a page; ``alt`` is read
    out by screen readers and shown when the SVG cannot be.

    >>> svg = render(lambda fig: fig.add_subplot().plot([0, 1]), "demo", "A rising line")
    >>> svg.startswith('<svg role="img" aria-label="A rising line" class="nnmaths-figure"')
    True
    >>> "<title>A rising line</title>" in svg, INK in svg, 'id="demo-' in svg
    (True, False, True)
    >>> render(lambda fig: None, "demo", " ")
    Traceback (most recent call last):
    ...
    ValueError: alt must describe the figure in words, got ' '
    """
    if not alt.strip():
        raise ValueError(f"alt must describe the figure in words, got {alt!r}")
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=size, layout="constrained")
        draw(fig)
        fit_the_phone(fig)
        buffer = io.StringIO()
        fig.savefig(
            buffer, format="svg", transparent=True, metadata={"Date": None}
        )
    return _for_the_page(buffer.getvalue(), name, alt)


def fit_the_phone(fig: Figure) -> None:
    """Shrink ``fig`` (both sides alike) until its smallest text is 9 px on a phone.

    The SVG is ``width`` points wide and is scaled to the phone's column, so text of
    ``f`` points is shown at ``f * PHONE_COLUMN_PX / width`` CSS px there.

    >>> fig = Figure(figsize=(7, 3.5))
    >>> _ = fig.add_subplot().set_title("t", fontsize=8)
    >>> fit_the_phone(fig)
    >>> [round(float(side), 2) for side in fig.get_size_inches()]
    [4.42, 2.21]
    """
    fig.draw_without_rendering()  # makes the tick labels
    sizes = [
        float(text.get_fontsize())  # in points, once drawn
        for text in fig.findobj(Text)
        if isinstance(text, Text) and text.get_visible() and text.get_text()
    ]
    if not sizes:
        return
    widest = min(sizes) * PHONE_COLUMN_PX / MIN_TEXT_PX / POINTS_PER_INCH
    width, height = fig.get_size_inches()
    if width > widest:
        fig.set_size_inches(widest, height * widest / width)


def _for_the_page(svg: str, name: str, alt: str) -> str:
    """Drop the XML prologue, make the ids unique, color the ink, and label the image."""
    svg = svg[svg.index("<svg") :]
    svg = _compact(svg)
    svg = re.sub(r'id="([^"]+)"', rf'id="{name}-\1"', svg)
    svg = re.sub(
        r"#(?![0-9A-Fa-f]{6}\b)([A-Za-z_][\w.-]*)", rf"#{name}-\1", svg
    )
    # The ink is the page's text color: set once on the <svg>, inherited by every text.
    svg = svg.replace(INK, "currentColor")
    svg = INKED_TEXT.sub(r"\1", svg).replace(
        "<svg", '<svg fill="currentColor"', 1
    )
    label = (
        alt.replace("&", "&amp;")
        .replace('"', "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )
    head_end = svg.index(">") + 1
    head = svg[:head_end].replace(
        "<svg ",
        f'<svg role="img" aria-label="{label}" class="nnmaths-figure" ',
    )
    return f"{head}\n <title>{label}</title>{svg[head_end:]}"


def _short(number: re.Match[str]) -> str:
    value = round(float(number[0]), 1)
    return f"{value:g}" if value else "0"


def _compact(svg: str) -> str:
    """Write the SVG's geometry with one decimal, without metadata or repeated font lists.

    >>> _compact('<path d="M 0.123456 10.98 \\nL -0.04 3 \\nz\\n"/>')
    '<path d="M0.1 11L0 3z"/>'
    >>> _compact('<svg><text style="font-size: 8px; font-family: Arial, sans-serif" '
    ...          'x="1.26" y="2" transform="rotate(-0 1.26 2)">a</text></svg>')
    '<svg font-family="DejaVu Sans, sans-serif"><text style="font-size:8px" x="1.3" y="2">a</text></svg>'
    """

    def geometry(match: re.Match[str]) -> str:
        value = NUMBER.sub(_short, match["value"])
        if match["attr"] == ' d="':
            value = AFTER_COMMAND.sub(r"\1", LINE_BREAK.sub("", value))
        return f'{match["attr"]}{value}"'

    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = re.sub(r"\n *<!--.*?-->", "", svg)  # the TeX of a label, for nobody
    svg = GEOMETRY.sub(geometry, svg)
    svg = re.sub(
        r' transform="rotate\(-?0 [^"]*\)"', "", svg
    )  # a rotation by zero
    # The reader's fonts draw the text (svg.fonttype none); matplotlib measured it in DejaVu.
    # Said once, on the <svg>, for every text to inherit.
    svg = FONTS.sub("", svg)
    svg = svg.replace("<svg", f'<svg font-family="{FONT}"', 1)
    svg = STYLE_ATTR.sub(
        lambda style: style[0].replace(": ", ":").replace("; ", ";"), svg
    )
    referenced = set(re.findall(r"#([\w.-]+)", svg))

    def needed(match: re.Match[str]) -> str:
        keep = match["id"] in referenced or re.search(
            r"(axes|figure)_\d+$", match["id"]
        )
        return match[0] if keep else ""

    svg = DEEP_INDENT.sub(" ", _without_bare_groups(ID.sub(needed, svg)))
    svg = USE_RUN.sub(_shared_style, _marker_styles_on_their_path(svg))
    # SVG 2's plain href, which every current browser reads: xlink is not needed.
    svg = svg.replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "", 1)
    return svg.replace(' xlink:href="', ' href="')


def _marker_styles_on_their_path(svg: str) -> str:
    """Move the style that every ``<use>`` of a marker repeats onto the marker's path.

    The path inherits from its ``<use>``; its own style wins where both set a property.

    >>> print(_marker_styles_on_their_path(
    ...     '<path id="m" d="M0 0" style="stroke-width:1"/>\\n'
    ...     '<use xlink:href="#m" x="1" style="fill:red;stroke-width:2"/>\\n'
    ...     '<use xlink:href="#m" x="2" style="fill:red;stroke-width:2"/>'
    ... ))
    <path id="m" d="M0 0" style="fill:red;stroke-width:1"/>
    <use xlink:href="#m" x="1"/>
    <use xlink:href="#m" x="2"/>
    """
    styles: dict[str, set[str | None]] = {}
    for use in USE.finditer(svg):
        styles.setdefault(use["id"], set()).add(use["style"])
    moved = set()
    for marker, (style, *others) in styles.items():
        if style is not None and not others:
            svg, found = _restyle_path(svg, marker, style)
            if found:
                moved.add(marker)

    def without_style(use: re.Match[str]) -> str:
        return STYLE_ATTR.sub("", use[0]) if use["id"] in moved else use[0]

    return USE.sub(without_style, svg)


def _restyle_path(svg: str, marker: str, style: str) -> tuple[str, int]:
    """Give the path ``marker`` the properties of ``style`` that it does not set."""

    def merged(path: re.Match[str]) -> str:
        inherited = _properties(style)
        own = _properties(path["style"] or "")
        kept = {k: v for k, v in inherited.items() if k not in SHEET_SET}
        props = ";".join(f"{k}:{v}" for k, v in (kept | own).items())
        return f'{path["head"]} style="{props}"/>'

    head = rf'(?P<head><path id="{re.escape(marker)}" d="[^"]*")'
    return re.subn(rf'{head}(?: style="(?P<style>[^"]*)")?/>', merged, svg, 1)


def _properties(style: str) -> dict[str, str]:
    return dict(item.split(":", 1) for item in style.split(";") if item)


def _shared_style(run: re.Match[str]) -> str:
    """Give a run of same-styled ``<use>`` their style once, on a ``<g>`` around them.

    A ``<use>`` inherits from its group as from its own attribute, so nothing drawn changes.

    >>> print(_shared_style(USE_RUN.search(
    ...     '  <use x="1" style="fill:red"/>\\n  <use x="2" style="fill:red"/>\\n'
    ... )), end="")
      <g style="fill:red">
      <use x="1"/>
      <use x="2"/>
      </g>
    """
    indent, style = run["indent"], run["style"]
    uses = run[0].replace(f' style="{style}"', "")
    return f'{indent}<g style="{style}">\n{uses}{indent}</g>\n'


def _without_bare_groups(svg: str) -> str:
    """Drop each ``<g>`` without attributes, and its ``</g>``: it changes nothing drawn.

    >>> _without_bare_groups('<svg>\\n <g id="a">\\n  <g>\\n   <path/>\\n  </g>\\n </g>\\n</svg>')
    '<svg>\\n <g id="a">\\n   <path/>\\n </g>\\n</svg>'
    """
    bare: list[bool] = []

    def group(match: re.Match[str]) -> str:
        if match[0].strip() != "</g>":
            bare.append(match[0].strip() == "<g>")
            return "" if bare[-1] else match[0]
        return "" if bare.pop() else match[0]

    return GROUP.sub(group, svg)
