"""Chapter 4's explorable figure: shrink the nudge and watch slope * dw become exact.

Each frame nudges the weight of the chapter's one path, ``chain_rule.path``, by dw and
compares the measured change of the cost with the chain rule's slope times dw: on the left
both curves over a window as wide as the nudge, on the right the relative gap between them
for every nudge, which shrinks in proportion to dw.
"""

# --8<-- [start:imports]
import numpy as np
from matplotlib.figure import Figure

# --8<-- [end:imports]
from nnmaths.ch04.figures import COLORS
from nnmaths.chain_rule import dC_dw, path

# --8<-- [start:draw_nudged]
NUDGES = [1.0, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001]


def measured_change(
    w: float, a_prev: float, b: float, y: float, dw: float
) -> float:
    """Return C(w + dw) - C(w), measured by running the path twice."""
    return path(w + dw, a_prev, b, y).C - path(w, a_prev, b, y).C


def relative_gap(
    w: float, a_prev: float, b: float, y: float, dw: float
) -> float:
    """Return |measured dC - slope * dw| / |slope * dw|."""
    predicted = dC_dw(w, a_prev, b, y) * dw
    return abs(measured_change(w, a_prev, b, y, dw) - predicted) / abs(
        predicted
    )


def draw_nudged(
    fig: Figure, w: float, a_prev: float, b: float, y: float, dw: float
) -> None:
    """Left: dC and slope * dw for nudges up to 1.5 dw; right: the gap per nudge."""
    left, right = fig.subplots(1, 2)
    nudges = np.linspace(-1.5 * dw, 1.5 * dw, 41)
    slope = dC_dw(w, a_prev, b, y)
    measured = [measured_change(w, a_prev, b, y, d) for d in nudges]
    left.plot(
        nudges, slope * nudges, color=COLORS[1], lw=2, label="slope × Δw"
    )
    left.plot(
        nudges, measured, color=COLORS[3], lw=2, ls="--", label="measured ΔC"
    )
    left.plot(
        [dw], [measured_change(w, a_prev, b, y, dw)], "o", color=COLORS[3]
    )
    left.set(xlabel="nudge Δw", ylabel="ΔC")
    left.legend(loc="upper left", fontsize="small")
    gaps = [relative_gap(w, a_prev, b, y, d) for d in NUDGES]
    right.loglog(NUDGES, gaps, color="gray", marker=".", lw=1)
    right.loglog(
        [dw], [relative_gap(w, a_prev, b, y, dw)], "o", color=COLORS[3], ms=9
    )
    right.set(xlabel="nudge Δw", ylabel="relative gap")


def nudged_numbers(
    w: float, a_prev: float, b: float, y: float, dw: float
) -> str:
    """Say the measured change, slope * dw and the relative gap for one nudge."""
    measured = measured_change(w, a_prev, b, y, dw)
    predicted = dC_dw(w, a_prev, b, y) * dw
    gap = relative_gap(w, a_prev, b, y, dw)
    return (
        f"Δw = {dw:g}: measured ΔC = {measured:.4e}, slope × Δw = "
        f"{predicted:.4e}, relative gap {gap:.2%}."
    )
    # --8<-- [end:draw_nudged]
