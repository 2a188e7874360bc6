"""Each chapter's explorable figure in Chromium: the keyboard moves it, the frame changes,
and the live numbers are the package's own for that setting, computed here from the
package (never read from the page); axe finds nothing serious in either scheme, and the
figure fits a phone."""

from collections.abc import Callable

import numpy as np
import pytest
from axe_playwright_python.sync_playwright import Axe


def chapter1() -> Callable[..., str]:
    from nnmaths.ch01.explorables import ANGLES, BIASES, turned_numbers
    from nnmaths.leaves import leaves

    x, y = leaves(np.random.default_rng(0))
    return lambda i, j: turned_numbers(x, y, ANGLES[i], BIASES[j])


def chapter2() -> Callable[..., str]:
    from nnmaths.ch02.data import iris_two_species
    from nnmaths.ch02.explorables import update_numbers
    from nnmaths.perceptron_training import train

    x, y, _ = iris_two_species(np.random.default_rng(0), (0, 2))
    run = train(x, y, 1000)
    return lambda k: update_numbers(x, y, run, k)


def chapter3() -> Callable[..., str]:
    from nnmaths.ch03.explorables import FRACTIONS, rate_numbers
    from nnmaths.regression import synthetic_data

    X, y = synthetic_data(
        np.random.default_rng(3),
        m=200,
        w=np.array([2.0, -3.0]),
        b=0.5,
        noise=0.1,
    )
    return lambda i: rate_numbers(X, y, FRACTIONS[i])


def chapter4() -> Callable[..., str]:
    from nnmaths.ch04.explorables import NUDGES, nudged_numbers

    return lambda i: nudged_numbers(0.5, 0.8, 0.1, 0.0, NUDGES[i])


def chapter5() -> Callable[..., str]:
    from nnmaths.ch05.explorables import TRAINING_STEPS, not_step_numbers
    from nnmaths.scalar_network import Weights

    p0 = Weights(*np.random.default_rng(0).normal(size=4))
    xs, ys = np.array([0.0, 1.0]), np.array([1.0, 0.0])
    return lambda i: not_step_numbers(xs, ys, p0, TRAINING_STEPS[i])


def chapter6() -> Callable[..., str]:
    from nnmaths.ch06.explorables import ITERATIONS, iteration_numbers
    from nnmaths.ch06.program import run_chapter
    from nnmaths.data import training_set

    run, _ = run_chapter()
    _, y = training_set()
    return lambda i: iteration_numbers(run, y, ITERATIONS[i])


def chapter7() -> Callable[..., str]:
    from nnmaths.ch07.explorables import SCALES, deltas_numbers

    return lambda i: deltas_numbers(SCALES[i])


def chapter8() -> Callable[..., str]:
    from nnmaths.ch08.explorables import (
        EPOCHS_SHOWN,
        confusion_numbers,
        layers_by_epoch,
    )
    from nnmaths.digits import load_split, validation_split

    inner = validation_split(load_split(0.25, seed=0), size=0.25, seed=0)
    found = layers_by_epoch(inner)
    return lambda i: confusion_numbers(inner, found, EPOCHS_SHOWN[i])


PACKAGE = {
    "chapters/01-perceptron/": chapter1,
    "chapters/02-perceptron-training/": chapter2,
    "chapters/03-gradient-descent/": chapter3,
    "chapters/04-chain-rule/": chapter4,
    "chapters/05-scalar-calculus/": chapter5,
    "chapters/06-simple-network/": chapter6,
    "chapters/07-matrix-calculus/": chapter7,
    "chapters/08-softmax-cross-entropy/": chapter8,
}
BOX = "[data-nnmaths-explorable]"


def shown(page) -> tuple[str, str, list[int]]:
    """The frame's label, the live numbers and the sliders' positions.

    The figure must be in view: a block out of view is not drawn (site.css), and its
    numbers read as empty text.
    """
    box = page.locator(BOX)
    label = box.locator("svg[role=img]").first.get_attribute("aria-label")
    live = box.locator("[aria-live=polite]").inner_text()
    sliders = box.locator('input[type="range"]')
    at = [int(sliders.nth(i).input_value()) for i in range(sliders.count())]
    return label, live, at


def press(page, key: str, before: str) -> tuple[str, str, list[int]]:
    """Press a key on the first slider and wait for a new frame's numbers."""
    page.locator(BOX).locator('input[type="range"]').first.press(key)
    page.wait_for_function(
        """([box, before]) => {
            const b = document.querySelector(box);
            return !b.hasAttribute("aria-busy")
                && b.querySelector("[aria-live]").textContent !== before;
        }""",
        arg=[BOX, before],
    )
    return shown(page)


@pytest.mark.parametrize("path", PACKAGE)
def test_the_keyboard_moves_the_figure_and_the_numbers_are_the_packages(
    visit, into_view, path
):
    numbers = PACKAGE[path]()
    seen = visit(path, width=390)
    page = seen.page
    into_view(page.locator(BOX))
    label, live, at = shown(page)
    assert page.locator(BOX).locator("input").first.is_visible()
    assert live == numbers(*at)  # the default frame's, written at build
    key = "ArrowLeft" if at[0] > 0 else "ArrowRight"
    new_label, new_live, new_at = press(page, key, live)
    assert new_at[0] == at[0] + (-1 if key == "ArrowLeft" else 1)
    assert new_live == numbers(*new_at)
    assert new_label != label and new_label.endswith(new_live)
    fetched = [url for url in seen.requests if "/frames/" in url]
    assert len(fetched) == 1 and fetched[0].endswith(".svg")
    box = page.locator(BOX).bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert seen.errors == []


def test_home_and_end_reach_the_first_and_last_frames(visit, into_view):
    from nnmaths.ch03.explorables import FRACTIONS

    numbers = chapter3()
    page = visit("chapters/03-gradient-descent/").page
    into_view(page.locator(BOX))
    _, live, _ = shown(page)
    _, live, at = press(page, "End", live)
    assert at == [len(FRACTIONS) - 1] and live == numbers(*at)
    assert "diverges" in live
    _, live, at = press(page, "Home", live)
    assert at == [0] and live == numbers(0)


def serious(page) -> list[str]:
    found = Axe().run(page, context={"include": [[BOX]]}).response
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in found["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious_in_a_moved_figure(visit, into_view, scheme):
    page = visit("chapters/01-perceptron/", scheme=scheme, width=390).page
    into_view(page.locator(BOX))
    _, live, _ = shown(page)
    press(page, "ArrowRight", live)
    material = {"light": "default", "dark": "slate"}[scheme]
    page.wait_for_function(
        f"document.body.dataset.mdColorScheme === '{material}'"
    )
    assert serious(page) == []
