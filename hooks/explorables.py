"""MkDocs hook: each frame of an explorable figure becomes a file beside its page.

The page keeps the default frame and every slider; the other frames are fetched when
the reader first moves a slider to them (``nnmaths_site.explorables``). The files are
written with the page, after MkDocs has cleaned the site folder.
"""

import posixpath
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from nnmaths_site.explorables import extract_frames

FRAMES: dict[str, dict[str, str]] = {}  # page -> {path beside it: SVG}


def on_page_content(html: str, page: Page, **kwargs: Any) -> str:
    html, FRAMES[page.file.src_uri] = extract_frames(html)
    return html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    folder = Path(config.site_dir, posixpath.dirname(page.file.dest_uri))
    for path, svg in FRAMES.pop(page.file.src_uri, {}).items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(svg, encoding="utf-8")
    return output
