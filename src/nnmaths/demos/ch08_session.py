"""What the Chapter 8 page imports before its first listing.

The listings on the page are sections of the chapter's modules, without their import lines;
this block gives the page's session the names they use. The earlier chapters' functions
(the checks, the general network of Chapter 7) are shown on those chapters' pages.
"""

# --8<-- [start:imports]
from collections.abc import Callable, Sequence
from functools import partial
from typing import NamedTuple

import numpy as np

from nnmaths.checks import as_matrix, check_positive
from nnmaths.figures import render
from nnmaths.gradcheck import numerical_gradient, relative_error
from nnmaths.layers import Layer, backward, forward, init_layers, update
from nnmaths.plots_ch08 import draw_digits, draw_history

# --8<-- [end:imports]

__all__ = [
    "Callable",
    "Layer",
    "NamedTuple",
    "Sequence",
    "as_matrix",
    "backward",
    "check_positive",
    "draw_digits",
    "draw_history",
    "forward",
    "init_layers",
    "np",
    "numerical_gradient",
    "partial",
    "relative_error",
    "render",
    "update",
]
