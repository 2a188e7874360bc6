"""MkDocs hook: each frame of an explorable figure becomes a file beside its page.

The page keeps the default frame and every frame's numbers; the other frames are fetched
when the reader first moves a slider to them (``nnmaths_site.explorables``).
"""

import posixpath
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from nnmaths_site.explorables import extract_frames


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, **kwargs: Any
) -> str:
    html, files = extract_frames(html)
    folder = Path(config.site_dir, posixpath.dirname(page.file.dest_uri))
    for path, svg in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(svg, encoding="utf-8")
    return html
