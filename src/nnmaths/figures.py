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
}


def render(
    draw: Callable[[Figure], None], name: str, alt: str, size: tuple[float, float] = (6, 3.5)
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
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", transparent=True, metadata={"Date": None})
    return _for_the_page(buffer.getvalue(), name, alt)


def _for_the_page(svg: str, name: str, alt: str) -> str:
    """Drop the XML prologue, make the ids unique, color the ink, and label the image."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'id="([^"]+)"', rf'id="{name}-\1"', svg)
    svg = re.sub(r"#(?![0-9A-Fa-f]{6}\b)([A-Za-z_][\w.-]*)", rf"#{name}-\1", svg)
    svg = svg.replace(INK, "currentColor")
    label = (
        alt.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
    )
    head_end = svg.index(">") + 1
    head = svg[:head_end].replace(
        "<svg ", f'<svg role="img" aria-label="{label}" class="nnmaths-figure" '
    )
    return f"{head}\n <title>{label}</title>{svg[head_end:]}"
