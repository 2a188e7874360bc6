"""Chapter 1's page as one session: ``python -m nnmaths.ch01.page`` prints what the page prints.

The page includes the sections below in order, after the functions they use; the
imports at the top are there so that the module also runs on its own.
"""

# --8<-- [start:numpy]
import numpy as np

# --8<-- [end:numpy]
from nnmaths.ch01.exercises import (
    exercise_1,
    exercise_2,
    exercise_3,
    exercise_4,
    exercise_5,
)
from nnmaths.ch01.figures import (
    draw_leaves,
    draw_projection,
    draw_truth_tables,
    leaves_alt,
    projection_alt,
    truth_tables_alt,
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
    row, column = a.reshape(1, 2), a.reshape(2, 1)
    print("row", row.shape, " column", column.shape)
    print("row.T equals column:", np.array_equal(row.T, column))
    print("row @ column =", row @ column)  # (1, 2) @ (2, 1) -> (1, 1)
    print("column @ row =", (column @ row).tolist())  # -> (2, 2)
    # --8<-- [end:rows_and_columns]

    # --8<-- [start:two_ways]
    u, v = np.array([3.0, 1.0]), np.array([2.0, 2.0])
    print(f"u . v = {dot(u, v):.3f}")
    print(f"|u| = {norm(u):.3f}, |v| = {norm(v):.3f}")
    print(f"theta = {np.degrees(angle(u, v)):.2f} degrees")
    print(f"|u| |v| cos(theta) = {geometric_dot(u, v):.3f}")
    # --8<-- [end:two_ways]

    # --8<-- [start:agreement]
    rng = np.random.default_rng(1)
    pairs = rng.normal(size=(1000, 2, 2))  # 1000 pairs of 2-D vectors
    gaps = [dot(p, q) - geometric_dot(p, q) for p, q in pairs]
    print("2-D, every gap below 1e-12:", np.max(np.abs(gaps)) < 1e-12)
    pairs = rng.normal(size=(1000, 2, 10))  # and of 10-D vectors
    cosines = [dot(p, q) / (norm(p) * norm(q)) for p, q in pairs]
    print(f"10-D, largest |cos(theta)|: {np.max(np.abs(cosines)):.3f}")
    # --8<-- [end:agreement]

    # --8<-- [start:alignment]
    east = np.array([1.0, 0.0])
    for degrees in [0, 60, 89, 91, 120, 180]:
        t = np.radians(degrees)  # a unit vector, `degrees` from east:
        turned = np.array([np.cos(t), np.sin(t)])
        print(f"{degrees:3d} degrees: {dot(east, turned):+.3f}")
    # --8<-- [end:alignment]

    # --8<-- [start:projection]
    foot = projection(u, v)
    print(f"scalar projection: {scalar_projection(u, v):.3f}")
    print("projection:", foot, " left over:", u - foot)
    print("(left over) . v =", dot(u - foot, v))
    # --8<-- [end:projection]

    # --8<-- [start:projection_figure]
    from nnmaths.ch01.figures import projection_alt
    from nnmaths.figures import render

    print(
        render(
            lambda fig: draw_projection(fig, u, v),
            "projection",
            projection_alt(u, v),
            size=(4, 3),
        )
    )
    # --8<-- [end:projection_figure]

    # --8<-- [start:classify]
    x, y = leaves(np.random.default_rng(0))  # 15 healthy, 15 diseased
    w, b = np.array([1.0, -1.0]), -0.15  # green for, spots against
    y_hat = decide(x, w, b)  # (30, 2) @ (2,) + b -> (30,)
    right = int(np.sum(y_hat == y))
    print("x", x.shape, " healthy:", int(y.sum()), " right:", right)
    new_leaf = np.array([0.6, 0.3])
    z = new_leaf @ w + b
    print(f"new leaf: z = {z:.2f}, y_hat = {decide(new_leaf, w, b)}")
    # --8<-- [end:classify]

    # --8<-- [start:boundary]
    p = boundary_point(w, b)
    print("on the boundary:", p, f" z = {p @ w + b:.3f}")
    print("w . (along the boundary) =", dot(w, boundary_direction(w)))
    for s in [-0.2, 0.1, 0.3]:  # s units off the boundary, along w
        print(f"s = {s:+.1f}: z = {(p + s * w / norm(w)) @ w + b:+.3f}")
    print(f"origin: {signed_distance(np.zeros((1, 2)), w, b)[0]:+.3f}")
    # --8<-- [end:boundary]

    # --8<-- [start:leaves_figure]
    from nnmaths.ch01.figures import leaves_alt
    from nnmaths.figures import render

    alt = leaves_alt(x, y, w, b, right)
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
            # "degrees", not "angle": the notebook sets it as a variable,
            # and angle() is the page's function.
            lambda fig, degrees, bias: draw_turned(fig, x, y, degrees, bias),
            lambda degrees, bias: turned_numbers(x, y, degrees, bias),
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
    x_aug = with_bias_input(x)  # (30, 3): x_0 = 1, then the features
    w_aug = np.concatenate([[b], w])  # (3,): [b, w_1, w_2]
    print("x_aug", x_aug.shape, " w_aug", w_aug)
    same = np.array_equal(decide(x_aug, w_aug, 0.0), decide(x, w, b))
    print("same decisions:", same)
    # --8<-- [end:bias_input]

    # --8<-- [start:search]
    grid = weight_grid(np.linspace(-2.0, 2.0, 9))  # steps of 0.5
    print(len(grid), "candidate lines; per gate, how many")
    print("separate it, and the widest (w_1, w_2, b):")
    lines = {}
    for name, targets in GATES.items():
        found = separating(INPUTS, targets, grid)
        if len(found):
            lines[name] = widest(INPUTS, found)
        print(f"{name:>4}: {len(found):2d}", lines.get(name, ""))
    # --8<-- [end:search]

    # --8<-- [start:truth_tables_figure]
    from nnmaths.ch01.figures import truth_tables_alt
    from nnmaths.figures import render

    print(
        render(
            lambda fig: draw_truth_tables(fig, INPUTS, GATES, lines),
            "gates",
            truth_tables_alt(GATES, lines),
            size=(4.5, 4.5),
        )
    )
    # --8<-- [end:truth_tables_figure]

    # --8<-- [start:balance]
    print("SIGNS @ [1, x_1, x_2]:", SIGNS @ with_bias_input(INPUTS))
    rng = np.random.default_rng(2)
    tries = rng.normal(scale=10.0, size=(100_000, 3))  # rows (w_1, w_2, b)
    gap = np.abs(balance(tries)).max()
    print(f"{len(tries)} random lines, |balance| < 1e-12:", gap < 1e-12)
    # --8<-- [end:balance]

    # --8<-- [start:solution_1]
    dot_uv, cosine, theta = exercise_1()  # theta in degrees
    print(f"u . v = {dot_uv:g}, cos = {cosine:g}, {theta:.2f} degrees")
    # --8<-- [end:solution_1]

    # --8<-- [start:solution_2]
    w_nand, b_nand, outputs = exercise_2()
    print("scores:", INPUTS @ w_nand + b_nand)
    print("outputs:", outputs)
    # --8<-- [end:solution_2]

    # --8<-- [start:solution_3]
    distance, nearest = exercise_3(new_leaf, w, b)
    print(f"distance {distance:.4f}, nearest point {nearest.round(3)}")
    print(f"nearest point's score: {nearest @ w + b:.3f}")
    # --8<-- [end:solution_3]

    # --8<-- [start:solution_4]
    unseparated = exercise_4()
    print("no line on the grid:", unseparated)
    print("tables a line computes:", 2**4 - len(unseparated))
    # --8<-- [end:solution_4]

    # --8<-- [start:solution_5]
    corners, combination = exercise_5(3)
    print("signs @ [1, x_1, x_2, x_3]:", combination)
    majority = (corners.sum(axis=1) >= 2).astype(float)  # (8,)
    print("scores:", np.unique(corners @ np.ones(3) - 1.5))
    y_hat = decide(corners, np.ones(3), -1.5)
    print("majority:", np.array_equal(y_hat, majority))
    # --8<-- [end:solution_5]
