"""nnmaths.figures: the SVG written for the page draws what matplotlib drew, in fewer bytes."""

import io
import re
import xml.etree.ElementTree as ET

import matplotlib
import numpy as np
from matplotlib.figure import Figure

from nnmaths.figures import STYLE, render

DRAWN = re.compile(r"<(path|use|text|image)\b")


def draw(fig: Figure) -> None:
    """Lines with markers, a log axis, a math label and a 3-D surface: every kind of group."""
    ax = fig.add_subplot(1, 2, 1)
    ax.semilogy(
        np.arange(1, 30),
        np.exp(np.linspace(0, 9, 29)),
        marker=".",
        label="run",
    )
    ax.set_xlabel("$\\eta$")
    ax.legend()
    grid = np.linspace(-2, 2, 5)
    gx, gy = np.meshgrid(grid, grid)
    fig.add_subplot(1, 2, 2, projection="3d").plot_surface(
        gx, gy, gx**2 - gy**2
    )


def matplotlib_svg() -> str:
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(6, 3.5), layout="constrained")
        draw(fig)
        buffer = io.StringIO()
        fig.savefig(
            buffer, format="svg", transparent=True, metadata={"Date": None}
        )
    return buffer.getvalue()


def test_the_page_svg_is_well_formed_xml():
    ET.fromstring(render(draw, "t", "a test figure"))


def test_the_page_svg_draws_every_element_matplotlib_drew():
    assert len(DRAWN.findall(render(draw, "t", "a test figure"))) == len(
        DRAWN.findall(matplotlib_svg())
    )


def test_the_page_svg_is_at_most_two_thirds_of_matplotlibs():
    assert (
        len(render(draw, "t", "a test figure")) < len(matplotlib_svg()) * 2 / 3
    )


def test_coordinates_keep_one_decimal():
    svg = render(draw, "t", "a test figure")
    assert not re.search(r'(?: d| x| y)="[^"]*\d\.\d\d', svg)


def phone_px(svg: str) -> tuple[float, list[float]]:
    """The SVG's width in points, and each text's size in CSS px in a phone's 358 px column."""
    width = float(re.search(r'viewBox="0 0 ([\d.]+)', svg)[1])
    sizes = re.findall(r"font-size:([\d.]+)px", svg)
    return width, [float(size) * 358 / width for size in sizes]


def small_title(fig: Figure) -> None:
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1])
    ax.set_title("a title in 8 points", fontsize=8)


def test_a_wide_figure_is_drawn_smaller_so_its_text_reads_on_a_phone():
    width, sizes = phone_px(render(small_title, "w", "A line", size=(7, 3.5)))
    assert width < 7 * 72 and min(sizes) >= 9 - 1e-6


def test_a_figure_whose_text_reads_on_a_phone_keeps_its_size():
    width, sizes = phone_px(render(small_title, "n", "A line", size=(4, 2)))
    assert width == 4 * 72 and min(sizes) > 9
