"""nnmaths_site.explorables: frames move out of the page; a notebook draws the default."""

import ast

import pytest

from nnmaths_site.explorables import extract_frames, notebook_cell
from nnmaths_site.sitekit import expand_snippets

PAGE = """<p>before</p>
<div class="nnmaths-explorable" data-nnmaths-explorable="ch09-two">
<div class="nnmaths-explorable__frame"><svg>default</svg></div>
<template data-nnmaths-frame="0-1" data-nnmaths-file="ch09-two-0-1.svg"><svg a="1">
 <g>frame 0-1</g>
</svg>
</template>
<template data-nnmaths-frame="12-0" data-nnmaths-file="ch09-two-12-0.svg"><svg>12-0</svg>
</template>
</div>
<div class="nnmaths-explorable" data-nnmaths-explorable="ch09-other">
<div class="nnmaths-explorable__frame"><svg>only one frame</svg></div>
</div>
<p>after</p>"""


def test_each_frame_leaves_the_page_for_its_own_file():
    html, files = extract_frames(PAGE)
    assert files == {
        "frames/ch09-two-0-1.svg": '<svg a="1">\n <g>frame 0-1</g>\n</svg>',
        "frames/ch09-two-12-0.svg": "<svg>12-0</svg>",
    }
    assert "<template" not in html and "frame 0-1" not in html
    assert "<svg>default</svg>" in html and html.endswith("<p>after</p>")


def test_only_a_figure_whose_frames_moved_is_told_the_folder():
    html, _ = extract_frames(PAGE, folder="f")
    assert 'data-nnmaths-explorable="ch09-two" data-nnmaths-folder="f"' in html
    assert 'data-nnmaths-explorable="ch09-other">' in html


def test_a_page_without_explorables_is_left_as_it_is():
    assert extract_frames("<p>text <svg></svg></p>") == (
        "<p>text <svg></svg></p>",
        {},
    )


def test_two_figures_of_one_name_on_a_page_are_an_error():
    twice = PAGE + PAGE
    with pytest.raises(ValueError, match="share the file 'frames/ch09-two"):
        extract_frames(twice)


BLOCK = """\
from nnmaths.ch03.explorables import FRACTIONS, draw_rate, rate_numbers
from nnmaths.explorable import Slider, explorable

shown = FRACTIONS[:3]
print(
    explorable(
        lambda fig, fraction: draw_rate(fig, X, y, fraction),
        lambda fraction: rate_numbers(X, y, fraction),
        "ch03-rate",
        "A path.",
        Slider("Learning rate", shown, default=0.5, text="{:.2f}"),
        size=(6, 3),
    )
)
"""


def test_a_notebook_cell_defines_the_functions_and_draws_the_default():
    cell = notebook_cell(BLOCK, expand_snippets)
    ast.parse(cell)  # valid Python
    assert "def draw_rate(" in cell and "def rate_numbers(" in cell
    assert "import numpy as np" in cell
    assert "nnmaths" not in cell.replace("src/nnmaths", "")  # no import of it
    assert cell.endswith(
        "fraction = 0.5  # a slider on the site: Learning rate\n"
        'fig = plt.figure(figsize=(6, 3), layout="constrained")\n'
        "draw_rate(fig, X, y, fraction)\n"
        "plt.show()\n"
        "numbers = rate_numbers(X, y, fraction)  # the line under the figure"
    )
    assert "shown = FRACTIONS[:3]" in cell  # the block's own statements stay


def test_a_block_without_an_explorable_is_not_a_notebook_cell_of_this_kind():
    assert (
        notebook_cell("print(render(draw, 'a', 'b'))", expand_snippets) is None
    )


def test_draw_and_numbers_must_take_the_same_values():
    block = BLOCK.replace("lambda fraction: rate", "lambda f: rate")
    with pytest.raises(ValueError, match="must take the same values"):
        notebook_cell(block, expand_snippets)
