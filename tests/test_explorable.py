"""nnmaths.explorable: every frame drawn, the default inline, the rest in templates."""

import html
import json
import re

import pytest

from nnmaths.explorable import Slider, explorable, frame_key, frames


def draw(fig, n, m=1):
    fig.add_subplot().plot(range(n), [m] * n)  # the least a frame can draw


def numbers(n, m=1):
    return f"{n} points at height {m} & up"


@pytest.fixture(scope="module")
def page():
    """An explorable of six frames, the default at (3 points, height 5)."""
    return explorable(
        draw,
        numbers,
        "demo",
        "A flat line.",
        Slider("Points", [2, 3, 4], default=3),
        Slider("Height", [1, 5], default=5, text="h = {}"),
    )


def test_every_setting_of_every_slider_gets_a_frame_in_order():
    found = frames(
        draw,
        numbers,
        "demo",
        "A flat line.",
        [Slider("Points", [2, 3], default=2), Slider("Height", [1, 5], 1)],
    )
    assert [f.key for f in found] == ["0-0", "0-1", "1-0", "1-1"]
    assert [f.values for f in found] == [(2, 1), (2, 5), (3, 1), (3, 5)]
    assert [f.numbers for f in found] == [numbers(*f.values) for f in found]


def test_each_frames_alt_text_and_data_state_its_numbers():
    (frame,) = frames(
        draw, numbers, "demo", "A flat line.", [Slider("P", [4], default=4)]
    )
    escaped = html.escape(numbers(4))  # "&" is written &amp;
    assert f'aria-label="A flat line. {escaped}"' in frame.svg
    assert f"<title>A flat line. {escaped}</title>" in frame.svg
    assert f'data-nnmaths-numbers="{escaped}"' in frame.svg
    assert 'id="demo-0-' in frame.svg  # ids unique to the frame


def test_the_page_shows_the_default_frame_and_keeps_the_others_in_templates(
    page,
):
    shown = page[: page.index("</svg>")]
    assert 'aria-label="A flat line. 3 points at height 5 &amp; up"' in shown
    keys = re.findall(r'<template data-nnmaths-frame="([\d-]+)"', page)
    assert keys == ["0-0", "0-1", "1-0", "2-0", "2-1"]  # all but "1-1"
    assert page.count("<svg") == 6
    for key in keys:
        assert f'data-nnmaths-file="demo-{key}.svg"' in page


def test_the_default_frames_numbers_stand_in_the_live_region_not_twice(page):
    live = re.search(r'<p [^>]*aria-live="polite">([^<]*)</p>', page)
    assert html.unescape(live[1]) == numbers(3, 5)
    frame = page[: page.index("</svg>")]
    assert "data-nnmaths-numbers" not in frame


def test_each_slider_is_a_labeled_range_input_at_its_default(page):
    inputs = re.findall(r"<input [^>]*>", page)
    assert len(inputs) == 2
    for i, (at, count, text) in enumerate([(1, 3, "3"), (1, 2, "h = 5")]):
        element = f"demo-slider-{i}"
        assert f'<label for="{element}">' in page
        assert f'id="{element}"' in inputs[i] and 'type="range"' in inputs[i]
        assert f'min="0" max="{count - 1}" step="1" value="{at}"' in inputs[i]
        assert f'aria-valuetext="{text}"' in inputs[i]
    texts = re.search(r"data-nnmaths-texts='([^']*)'", inputs[1])[1]
    assert json.loads(html.unescape(texts)) == ["h = 1", "h = 5"]


def test_the_controls_are_hidden_until_the_script_shows_them(page):
    assert '<div class="nnmaths-explorable__controls" hidden>' in page


def test_a_frame_key_joins_the_slider_positions():
    assert frame_key([2, 0, 11]) == "2-0-11"


def test_a_default_that_is_not_a_value_is_rejected_by_name():
    with pytest.raises(ValueError, match="default must be one of"):
        explorable(draw, numbers, "demo", "A line.", Slider("P", [1, 2], 3))


def test_no_slider_is_rejected():
    with pytest.raises(ValueError, match="sliders must name at least one"):
        frames(draw, numbers, "demo", "A line.", [])
