"""How the site prints arrays: three decimals, fixed width, the same on every numpy."""

import numpy as np


# --8<-- [start:show]
def show(label: str, a: np.ndarray) -> None:
    """Print ``label`` on one line, then ``a`` rounded to three decimals.

    >>> show("a2:", np.array([[0.09], [0.9251]]))
    a2:
    [[0.090]
     [0.925]]
    """
    print(label)
    print(np.array2string(np.asarray(a), precision=3, floatmode="fixed"))
    # --8<-- [end:show]
