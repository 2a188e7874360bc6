"""MkDocs hook: "Download notebook" and "Open in Colab" on each chapter and its notebook.

The repository's address and branch are read from ``extra`` in mkdocs.yml, the
one place they are written. A chapter page ``chapters/NN-title.md`` gets the
links when ``notebooks/NN-title.ipynb`` exists; mkdocs-jupyter
(``include_source: true``) copies that file beside the notebook's page, which
is where the download link points.
"""

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from nnmaths_site.notebooks import after_title, colab_url, links_paragraph


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, files: Files
) -> str:
    stem = posixpath.splitext(posixpath.basename(page.file.src_uri))[0]
    notebook = files.get_file_from_path(f"notebooks/{stem}.ipynb")
    if notebook is None or page.file.src_uri not in (
        f"chapters/{stem}.md",
        notebook.src_uri,
    ):
        return html
    download = get_relative_url(notebook.url + f"{stem}.ipynb", page.url)
    extra = config["extra"]
    path = f"docs/{notebook.src_uri}"
    colab = colab_url(extra["repository"], extra["branch"], path)
    return after_title(html, links_paragraph(download, colab))
