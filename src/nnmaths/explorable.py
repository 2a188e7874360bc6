"""Explorable figures: every state of a figure is drawn at build; the page only picks one.

A chapter declares one or more sliders (a label and the values they step through), a
function ``draw(fig, *values)`` that draws the figure for one setting, and a function
``numbers(*values)`` that sums that setting up in one line. :func:`explorable` draws every
frame with :func:`nnmaths.figures.render` (each frame's alt text states its numbers) and
returns the HTML of the page: the default frame inline, so print, search and readers
without JavaScript see a whole figure; the sliders, hidden until a script shows them; a
live region with the numbers; and every other frame in a ``<template>``, which the build
moves to a file of its own (``nnmaths_site.explorables``). ``docs/javascripts/
explorable.js`` shows the frame the sliders pick and its numbers; it computes nothing.
"""

import functools
import html
import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure

from nnmaths.figures import render


@dataclass(frozen=True)
class Slider:
    """One control of an explorable figure: its label, its values, the one shown first.

    ``text`` formats a value for the reader (the slider's ``aria-valuetext``).

    >>> Slider("step", [0, 1, 2], default=1).index
    1
    >>> Slider("step", [0, 1, 2], default=5).index
    Traceback (most recent call last):
    ...
    ValueError: default must be one of the slider's values [0, 1, 2], got 5
    """

    label: str
    values: Sequence[Any]
    default: Any
    text: str = "{}"

    @property
    def index(self) -> int:
        """The position of the default value among the values."""
        for i, value in enumerate(self.values):
            if value == self.default:
                return i
        raise ValueError(
            "default must be one of the slider's values "
            f"{list(self.values)}, got {self.default!r}"
        )


@dataclass(frozen=True)
class Frame:
    """One setting of the sliders: its key (indices joined by '-'), values, numbers, SVG."""

    key: str
    values: tuple[Any, ...]
    numbers: str
    svg: str


def frame_key(indices: Sequence[int]) -> str:
    """Return the key of the frame at these slider positions: ``(2, 0)`` -> ``'2-0'``."""
    return "-".join(str(i) for i in indices)


def frames(
    draw: Callable[..., None],
    numbers: Callable[..., str],
    name: str,
    describe: str,
    sliders: Sequence[Slider],
    size: tuple[float, float] = (6, 3.5),
) -> list[Frame]:
    """Draw the figure once per setting of the sliders, in order, the last slider fastest.

    >>> def draw(fig, n):
    ...     fig.add_subplot().plot(range(n))
    >>> found = frames(draw, lambda n: f"{n} points", "demo", "A line.",
    ...                [Slider("points", [2, 3], default=2)])
    >>> [(f.key, f.numbers) for f in found]
    [('0', '2 points'), ('1', '3 points')]
    >>> 'aria-label="A line. 3 points"' in found[1].svg
    True
    >>> 'class="nnmaths-figure" data-nnmaths-numbers="3 points"' in found[1].svg
    True
    """
    if not sliders:
        raise ValueError("sliders must name at least one slider, got none")
    found = []
    for indices in itertools.product(*(range(len(s.values)) for s in sliders)):
        values = tuple(s.values[i] for s, i in zip(sliders, indices))
        key = frame_key(indices)
        line = numbers(*values)
        svg = render(
            functools.partial(draw_frame, draw, values),
            f"{name}-{key}",
            f"{describe} {line}",
            size=size,
        )
        numbered = svg.replace(  # after the label, where the hooks look for it
            ' class="nnmaths-figure" ',
            f' class="nnmaths-figure" data-nnmaths-numbers="{html.escape(line)}" ',
            1,
        )
        found.append(Frame(key, values, line, numbered))
    return found


def draw_frame(
    draw: Callable[..., None], values: tuple[Any, ...], fig: Figure
) -> None:
    """Draw one frame: ``draw(fig, *values)``."""
    draw(fig, *values)


def explorable(
    draw: Callable[[Figure, Any], None] | Callable[..., None],
    numbers: Callable[..., str],
    name: str,
    describe: str,
    *sliders: Slider,
    size: tuple[float, float] = (6, 3.5),
) -> str:
    """Return the HTML of an explorable figure, every frame drawn (see the module's text).

    >>> def draw(fig, n):
    ...     fig.add_subplot().plot(range(n))
    >>> page = explorable(draw, lambda n: f"{n} points", "demo", "A line.",
    ...                   Slider("Points", [2, 3, 4], default=3))
    >>> page.count("<svg"), page.count("<template"), 'type="range"' in page
    (3, 2, True)
    """
    drawn = frames(draw, numbers, name, describe, sliders, size)
    default = frame_key([s.index for s in sliders])
    shown = next(frame for frame in drawn if frame.key == default)
    return "\n".join(
        [
            f'<div class="nnmaths-explorable" data-nnmaths-explorable="{name}">',
            f'<div class="nnmaths-explorable__frame">{inline(shown)}</div>',
            '<div class="nnmaths-explorable__controls" hidden>',
            *(control(name, i, s) for i, s in enumerate(sliders)),
            "</div>",
            (
                '<p class="nnmaths-explorable__numbers" aria-live="polite">'
                f"{html.escape(shown.numbers)}</p>"
            ),
            *(template(name, f) for f in drawn if f.key != default),
            "</div>",
        ]
    )


def inline(frame: Frame) -> str:
    """The default frame's SVG without its numbers, which the live region shows."""
    numbers = f' data-nnmaths-numbers="{html.escape(frame.numbers)}"'
    return frame.svg.replace(numbers, "", 1)


def control(name: str, i: int, slider: Slider) -> str:
    """Return a labeled range input for one slider, and the value it shows beside it."""
    texts = [html.escape(slider.text.format(v)) for v in slider.values]
    at = slider.index
    element = f"{name}-slider-{i}"
    return (
        '<div class="nnmaths-explorable__control">'
        f'<label for="{element}">{html.escape(slider.label)}</label>'
        f'<input type="range" id="{element}" min="0" '
        f'max="{len(slider.values) - 1}" step="1" value="{at}" '
        f'aria-valuetext="{texts[at]}" '
        f"data-nnmaths-texts='{json.dumps(texts, separators=(',', ':'))}'>"
        '<span class="nnmaths-explorable__value" aria-hidden="true">'
        f"{texts[at]}</span></div>"
    )


def template(name: str, frame: Frame) -> str:
    """Return a frame's ``<template>``, which holds its SVG (and so its numbers).

    ``data-nnmaths-file`` names the file the build moves the SVG to.
    """
    return (
        f'<template data-nnmaths-frame="{frame.key}" '
        f'data-nnmaths-file="{name}-{frame.key}.svg">{frame.svg}</template>'
    )
