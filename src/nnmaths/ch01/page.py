"""Chapter 1's page as one session: ``python -m nnmaths.ch01.page`` prints what the page prints.

The page includes the sections below in order, after the functions they use; the
imports at the top are there so that the module also runs on its own.
"""

# --8<-- [start:numpy]
import numpy as np

# --8<-- [end:numpy]
from nnmaths.ch01.figures import (
    draw_leaves,
    draw_projection,
    draw_truth_tables,
)
from nnmaths.figures import render
from nnmaths.leaves import leaves
from nnmaths.perceptron import (
    boundary_direction,
    boundary_point,
    decide,
    signed_distance,
    with_bias_input,
)
from nnmaths.separability import (
    GATES,
    INPUTS,
    SIGNS,
    balance,
    separating,
    weight_grid,
    widest,
)
from nnmaths.vectors import (
    angle,
    dot,
    geometric_dot,
    norm,
    projection,
    scalar_projection,
)

if __name__ == "__main__":
    # --8<-- [start:rows_and_columns]
    a = np.array([-2.0, 3.0])  # a vector: a 1-D array of two numbers
    row = a.reshape(1, 2)  # the same numbers as a 1 x 2 matrix
    column = a.reshape(2, 1)  # and as a 2 x 1 matrix
    print("row", row.shape, "column", column.shape)
    print("row equals column:", np.array_equal(row, column))
    print("row transposed equals column:", np.array_equal(row.T, column))
    print("row @ column =", row @ column)  # (1, 2) @ (2, 1) -> (1, 1)
    print(
        "column @ row =", (column @ row).tolist()
    )  # (2, 1) @ (1, 2) -> (2, 2)
    # --8<-- [end:rows_and_columns]

    # --8<-- [start:two_ways]
    u = np.array([3.0, 1.0])
    v = np.array([2.0, 2.0])
    print(f"u . v = {dot(u, v):.3f}   (numpy's u @ v = {u @ v:.3f})")
    print(
        f"|u| = {norm(u):.3f}, |v| = {norm(v):.3f}, angle {np.degrees(angle(u, v)):.2f} degrees"
    )
    print(f"|u| |v| cos(theta) = {geometric_dot(u, v):.3f}")
    # --8<-- [end:two_ways]

    # --8<-- [start:agreement]
    rng = np.random.default_rng(1)
    pairs = rng.normal(size=(1000, 2, 2))  # 1000 pairs of random 2-D vectors
    gaps = np.array([dot(p, q) - geometric_dot(p, q) for p, q in pairs])
    print(
        f"{len(gaps)} random pairs, every gap below 1e-12: {bool(np.all(abs(gaps) < 1e-12))}"
    )
    # --8<-- [end:agreement]

    # --8<-- [start:alignment]
    east = np.array([1.0, 0.0])
    for degrees in [0, 60, 89, 91, 120, 180]:
        t = np.radians(degrees)
        turned = np.array(
            [np.cos(t), np.sin(t)]
        )  # a unit vector, `degrees` away from east
        print(
            f"{degrees:3d} degrees apart: east . turned = {dot(east, turned):+.3f}"
        )
    # --8<-- [end:alignment]

    # --8<-- [start:projection]
    foot = projection(u, v)
    print(f"scalar projection of u on v: {scalar_projection(u, v):.3f}")
    print("projection of u on v:", foot, "  what is left:", u - foot)
    print("(what is left) . v =", dot(u - foot, v))
    # --8<-- [end:projection]

    # --8<-- [start:projection_figure]
    from nnmaths.ch01.figures import projection_alt
    from nnmaths.figures import render

    alt = projection_alt(u, v)
    print(
        render(
            lambda fig: draw_projection(fig, u, v),
            "projection",
            alt,
            size=(4, 3),
        )
    )
    # --8<-- [end:projection_figure]

    # --8<-- [start:leaves]
    x, y = leaves(
        np.random.default_rng(0)
    )  # 15 healthy leaves, then 15 diseased
    print("x", x.shape, " y", y.shape)
    print(
        "first healthy leaf:",
        x[0].round(3),
        " first diseased leaf:",
        x[15].round(3),
    )
    # --8<-- [end:leaves]

    # --8<-- [start:classify]
    w = np.array(
        [1.0, -1.0]
    )  # green counts for a healthy leaf, spots against it
    b = -0.15  # and the green must beat the spots by 0.15
    y_hat = decide(x, w, b)  # (30, 2) @ (2,) + b -> (30,)
    print(f"right: {int(np.sum(y_hat == y))} of {len(y)} leaves")
    new_leaf = np.array([0.6, 0.3])
    print(
        f"new leaf: score {new_leaf @ w + b:.2f}, decision {decide(new_leaf, w, b)}"
    )
    # --8<-- [end:classify]

    # --8<-- [start:boundary]
    start = boundary_point(w, b)
    along = boundary_direction(w)
    print(
        "a point of the boundary:", start, f" its score: {start @ w + b:.3f}"
    )
    print("along the boundary:", along, " w . along =", dot(w, along))
    for s in [-0.2, 0.1, 0.3]:
        moved = start + s * w / norm(
            w
        )  # s units off the boundary, in the direction of w
        print(
            f"s = {s:+.1f}: score {moved @ w + b:+.3f}, decision {decide(moved, w, b)}"
        )
    print(
        f"origin: {signed_distance(np.zeros((1, 2)), w, b)[0]:+.3f} from the boundary"
    )
    # --8<-- [end:boundary]

    # --8<-- [start:leaves_figure]
    from nnmaths.ch01.figures import leaves_alt

    alt = leaves_alt(x, y, w, b, int(np.sum(y_hat == y)))
    print(
        render(
            lambda fig: draw_leaves(fig, x, y, w, b),
            "leaves",
            alt,
            size=(5, 4.5),
        )
    )
    # --8<-- [end:leaves_figure]

    # --8<-- [start:turned_explorable]
    from nnmaths.ch01.explorables import (
        ANGLES,
        BIASES,
        draw_turned,
        turned_numbers,
    )
    from nnmaths.explorable import Slider, explorable

    print(
        explorable(
            lambda fig, angle, bias: draw_turned(fig, x, y, angle, bias),
            lambda angle, bias: turned_numbers(x, y, angle, bias),
            "ch01-turned",
            "The leaves, the boundary and w for one angle of w and one "
            "bias; leaves on the wrong side are ringed.",
            Slider("Angle of w, in degrees", ANGLES, default=-45, text="{}°"),
            Slider("Bias b", BIASES, default=-0.15, text="{:.2f}"),
            size=(5, 4.5),
        )
    )
    # --8<-- [end:turned_explorable]

    # --8<-- [start:bias_input]
    x_aug = with_bias_input(x)  # (30, 3): x_0 = 1, then the two features
    w_aug = np.concatenate([[b], w])  # (3,): [b, w_1, w_2]
    print(
        "x_aug",
        x_aug.shape,
        " first row:",
        x_aug[0].round(3),
        " w_aug:",
        w_aug,
    )
    print(
        "same decisions:",
        np.array_equal(decide(x_aug, w_aug, 0.0), decide(x, w, b)),
    )
    # --8<-- [end:bias_input]

    # --8<-- [start:search]
    grid = weight_grid(
        np.linspace(-2.0, 2.0, 9)
    )  # w_1, w_2 and b from -2 to 2 in steps of 0.5
    print(f"{len(grid)} candidate lines")
    lines = {}
    for name, targets in GATES.items():
        found = separating(INPUTS, targets, grid)
        if len(found):
            lines[name] = widest(INPUTS, found)
        widest_line = f", the widest {lines[name]}" if name in lines else ""
        print(f"{name:>4}: {len(found):2d} lines separate it{widest_line}")
    # --8<-- [end:search]

    # --8<-- [start:truth_tables_figure]
    from nnmaths.ch01.figures import truth_tables_alt

    alt = truth_tables_alt(GATES, lines)
    square = (4.5, 4.5)
    print(
        render(
            lambda fig: draw_truth_tables(fig, INPUTS, GATES, lines),
            "gates",
            alt,
            size=square,
        )
    )
    # --8<-- [end:truth_tables_figure]

    # --8<-- [start:balance]
    print(
        "SIGNS @ [1, x_1, x_2] of the corners:",
        SIGNS @ with_bias_input(INPUTS),
    )
    candidates = np.random.default_rng(2).normal(scale=10.0, size=(100_000, 3))
    gap = np.abs(balance(candidates)).max()
    print(
        f"{len(candidates)} random (w_1, w_2, b), largest |balance| below 1e-12: {gap < 1e-12}"
    )
    # --8<-- [end:balance]
