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
FONTS = re.compile(r"font-family: [^;\"]*")
STYLE_ATTR = re.compile(r' style="[^"]*"')
# Indents deeper than three spaces: lighter_pages.py finds each axes by its two-space indent.
DEEP_INDENT = re.compile(r"^ {4,}", re.MULTILINE)
ID = re.compile(r' id="(?P<id>[^"]+)"')
GROUP = re.compile(r"\n *<g>(?=\n)|\n *<g [^>]*>(?=\n)|\n *</g>(?=\n)")


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
    svg = svg.replace(INK, "currentColor")
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
    >>> _compact('<text style="font-family: Arial, sans-serif" x="1.26" y="2" '
    ...          'transform="rotate(-0 1.26 2)">a</text>')
    '<text style="font-family:DejaVu Sans, sans-serif" x="1.3" y="2">a</text>'
    """

    def geometry(match: re.Match[str]) -> str:
        value = NUMBER.sub(_short, match["value"])
        if match["attr"] == ' d="':
            value = AFTER_COMMAND.sub(r"\1", LINE_BREAK.sub("", value))
        return f'{match["attr"]}{value}"'

    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = GEOMETRY.sub(geometry, svg)
    svg = re.sub(
        r' transform="rotate\(-?0 [^"]*\)"', "", svg
    )  # a rotation by zero
    # The reader's fonts draw the text (svg.fonttype none); matplotlib measured it in DejaVu.
    svg = FONTS.sub("font-family: DejaVu Sans, sans-serif", svg)
    svg = STYLE_ATTR.sub(
        lambda style: style[0].replace(": ", ":").replace("; ", ";"), svg
    )
    referenced = set(re.findall(r"#([\w.-]+)", svg))

    def needed(match: re.Match[str]) -> str:
        keep = match["id"] in referenced or re.search(
            r"(axes|figure)_\d+$", match["id"]
        )
        return match[0] if keep else ""

    return DEEP_INDENT.sub("   ", _without_bare_groups(ID.sub(needed, svg)))


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
