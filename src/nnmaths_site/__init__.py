"""Python-Markdown extensions of the companion site (docs dependencies only, not the maths).

They are Markdown extensions rather than MkDocs hooks, so that any builder that runs
Python-Markdown (MkDocs today, Zensical after it) applies them.
"""
