"""MkDocs hook: "Download notebook" and "Open in Colab" links on each chapter and its notebook.

The repository's address and branch are read from ``extra`` in mkdocs.yml, the one place
they are written. A chapter page ``chapters/NN-title.md`` gets the links when
``notebooks/NN-title.ipynb`` exists; mkdocs-jupyter (``include_source: true``) copies
that file beside the notebook's page, which is where the download link points.
"""

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

COLAB = "https://colab.research.google.com/github/"
GITHUB = "https://github.com/"


def colab_url(repository: str, branch: str, path: str) -> str:
    """Return the address at which Colab opens ``path`` of a GitHub repository.

    >>> colab_url("https://github.com/o/r", "main", "docs/notebooks/n.ipynb")
    'https://colab.research.google.com/github/o/r/blob/main/docs/notebooks/n.ipynb'
    """
    if not repository.startswith(GITHUB):
        raise ValueError(
            f"extra.repository must start with {GITHUB}, got {repository!r}"
        )
    return f"{COLAB}{repository.removeprefix(GITHUB).strip('/')}/blob/{branch}/{path}"


def links(page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """Return the links paragraph for a chapter or notebook page, or None for other pages."""
    stem = posixpath.splitext(posixpath.basename(page.file.src_uri))[0]
    notebook = files.get_file_from_path(f"notebooks/{stem}.ipynb")
    if notebook is None or page.file.src_uri not in (
        f"chapters/{stem}.md",
        notebook.src_uri,
    ):
        return None
    download = get_relative_url(notebook.url + f"{stem}.ipynb", page.url)
    extra = config["extra"]
    colab = colab_url(
        extra["repository"], extra["branch"], f"docs/{notebook.src_uri}"
    )
    return (
        '<p class="nnmaths-notebook-links">'
        f'<a href="{download}" download>Download notebook</a> · '
        f'<a href="{colab}">Open in Colab</a></p>'
    )


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, files: Files
) -> str:
    paragraph = links(page, config, files)
    if paragraph is None:
        return html
    head, sep, rest = html.partition("</h1>")
    return head + sep + paragraph + rest if sep else paragraph + html
