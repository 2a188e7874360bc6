"""Explorable figures at build: each frame moves from the page into a small file of its own.

``nnmaths.explorable`` prints every frame of an explorable figure but the default one
inside a ``<template data-nnmaths-frame=… data-nnmaths-file=…>``, so that the stored
outputs of a page carry them and a builder without this step still shows every frame.
Here each template leaves the page for the file it names, in a folder beside the page,
and the figure's box is told that folder (``data-nnmaths-folder``). The page keeps the
default frame, whose SVG carries its numbers as every frame's does;
``docs/javascripts/explorable.js`` fetches a frame the first time the reader asks for
it. ``hooks/explorables.py`` calls this and writes the files.
"""

from __future__ import annotations

import re

TEMPLATE = re.compile(
    r'<template data-nnmaths-frame="(?P<key>[\d-]+)" '
    r'data-nnmaths-file="(?P<file>(?P<name>[\w-]+)-(?P=key)\.svg)">'
    r"(?P<svg><svg\b.*?</svg>)</template>\n?",
    re.DOTALL,
)
BOX = re.compile(r'data-nnmaths-explorable="(?P<name>[\w-]+)"')


def extract_frames(
    html: str, folder: str = "frames"
) -> tuple[str, dict[str, str]]:
    """Return the page without its frames' templates, and each frame's path and SVG.

    Each path is ``folder/file``, relative to the page's own folder.

    >>> page = ('<div data-nnmaths-explorable="x"><svg>0</svg>\\n'
    ...         '<template data-nnmaths-frame="1" data-nnmaths-file="x-1.svg">'
    ...         '<svg>1</svg></template>\\n</div>')
    >>> html, files = extract_frames(page)
    >>> html
    '<div data-nnmaths-explorable="x" data-nnmaths-folder="frames"><svg>0</svg>\\n</div>'
    >>> files
    {'frames/x-1.svg': '<svg>1</svg>'}
    """
    files: dict[str, str] = {}
    moved: set[str] = set()

    def move(match: re.Match[str]) -> str:
        path = f"{folder}/{match['file']}"
        if path in files:
            raise ValueError(
                f"two frames of one page share the file {path!r}: "
                "each explorable figure needs a name of its own"
            )
        files[path] = match["svg"]
        moved.add(match["name"])
        return ""

    def point(match: re.Match[str]) -> str:
        if match["name"] not in moved:
            return match[0]
        return f'{match[0]} data-nnmaths-folder="{folder}"'

    return BOX.sub(point, TEMPLATE.sub(move, html)), files
