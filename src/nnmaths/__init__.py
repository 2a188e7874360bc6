"""Tested code behind the companion site of "The Maths behind Neural Networks".

Every code block on the site is a named section of a module in this package.
Convention throughout: one example per row, so a batch ``x`` has shape
``(m, n)`` and a weight matrix ``W`` maps ``n`` inputs to ``k`` outputs with
shape ``(n, k)``; a layer computes ``z = a @ W``.
"""

__version__ = "0.1.0"
