"""What the hooks, the tools and the tests share: fences, tag stripping and the strict build.

Everything imports it as ``nnmaths_site.sitekit`` (the project is installed in
editable mode, so ``ROOT`` is the checkout). Loading it imports only the
standard library.
"""

from __future__ import annotations

import copy
import functools
import html
import os
import pathlib
import re
import subprocess
import sys
from importlib import metadata
from typing import Any

# The checkout this package is installed from (editable). Code that may run in
# a copy of the project (conftest.py, tools/) passes its own folder instead.
ROOT = pathlib.Path(__file__).resolve().parents[2]
# A fenced code block's opening (or closing) line: its indent, its backticks or tildes, its info.
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")
# A snippet line inside a fence: --8<-- "path" or --8<-- "path:section".
SNIPPET = re.compile(
    r'^\s*--8<--\s+"(?P<path>[^":]+)(?::(?P<section>[^"]+))?"\s*$'
)
# An info string that pymdownx.superfences hands to markdown-exec.
EXECUTED = re.compile(r'\bexec="(1|yes|on|true)"')
TAG = re.compile(r"<[^>]+>")
# The switch that limits execution (nnmaths_site.execution): unset or 1 all pages, 0 none,
# or a comma-separated list of pages as under docs/ (notebooks included).
EXEC_SWITCH = "NNMATHS_EXEC"
# Executed outputs are stored here, under the project folder (make clean removes .cache).
CACHE = pathlib.Path(".cache") / "nnmaths-exec"
# Besides the code, a printed output depends on these.
VERSIONED = ("numpy", "matplotlib", "scikit-learn")
# The builder the site tests run: mkdocs, or properdocs, the maintained fork of
# MkDocs 1 that runs the same plugins and hooks (`make properdocs`, CI).
BUILDER_SWITCH = "NNMATHS_BUILDER"
BUILDERS = ("mkdocs", "properdocs")
# Material prints a notice about MkDocs 2 on every build; it is not a warning about this site.
QUIET = {"NO_MKDOCS_2_WARNING": "1"}
# The system's Chromium, as the browser tests and the book's PDF drive it: headless and
# quiet, no GPU, no sandbox (CI runs as root), and no calls home.
CHROMIUM = pathlib.Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def snippets_config(root: pathlib.Path = ROOT) -> dict[str, Any]:
    """Return the pymdownx.snippets settings from ``root``'s mkdocs.yml."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    # A copy: the caller may change it, the parsed settings are kept.
    return copy.deepcopy(parsed_snippets_config(text))


@functools.lru_cache(maxsize=8)
def parsed_snippets_config(config: str) -> dict[str, Any]:
    """The snippets settings in the text of a mkdocs.yml, parsed once per text.

    Collecting the suite expands snippets in every page and docstring (about 700 times);
    parsing mkdocs.yml with PyYAML each time took 15 s of each worker's start.
    """
    import yaml

    for extension in yaml.safe_load(config)["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            return dict(extension["pymdownx.snippets"])
    raise LookupError("mkdocs.yml does not configure pymdownx.snippets")


def snippet_preprocessor(root: pathlib.Path = ROOT) -> Any:
    """Return pymdownx.snippets' preprocessor, set up as mkdocs.yml sets it up."""
    import markdown

    settings = snippets_config(root)
    settings["base_path"] = [
        str(root / path) for path in settings["base_path"]
    ]
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": settings},
    )
    return md.preprocessors["snippet"]


def expand_with_origins(
    text: str, root: pathlib.Path = ROOT
) -> tuple[str, list[int]]:
    """Expand every snippet line as the build does; also return each output line's source line.

    ``root`` is the project folder whose mkdocs.yml and files are read (a
    copy of the project passes its own).
    """
    preprocessor = snippet_preprocessor(root)
    lines: list[str] = []
    origins: list[int] = []
    for number, line in enumerate(text.split("\n")):
        expanded = preprocessor.run([line])
        lines += expanded
        origins += [number] * len(expanded)
    return "\n".join(lines), origins


def expand_snippets(text: str, root: pathlib.Path = ROOT) -> str:
    """Replace every snippet line with the code it includes, as the build does."""
    return expand_with_origins(text, root)[0]


def strip_tags(fragment: str) -> str:
    """Return the text of an HTML fragment: tags dropped, entities decoded.

    >>> strip_tags("<b>a &lt; b</b>")
    'a < b'
    """
    return html.unescape(TAG.sub("", fragment))


def site_pages(site: pathlib.Path) -> list[str]:
    """Every page of a built site, as a path under its root ("" for the home page)."""
    pages = []
    for page in sorted(site.rglob("index.html")):
        path = page.parent.relative_to(site).as_posix()
        pages.append("" if path == "." else path + "/")
    return pages


def build_env(**switches: str) -> dict[str, str]:
    """Return this process's environment for a ``mkdocs build``, quiet, with ``switches`` set."""
    return {**os.environ, **QUIET, **switches}


def builder() -> str:
    """Return the builder NNMATHS_BUILDER names: "mkdocs" when unset."""
    name = os.environ.get(BUILDER_SWITCH, "").strip() or "mkdocs"
    if name not in BUILDERS:
        raise ValueError(
            f"{BUILDER_SWITCH} must be one of {', '.join(BUILDERS)}, got {name!r}"
        )
    return name


def mkdocs_build(
    project: pathlib.Path,
    site: pathlib.Path | str,
    *options: str,
    **switches: str,
) -> subprocess.CompletedProcess[str]:
    """Run ``mkdocs build --strict`` on a project folder into ``site``, in a new process.

    ``switches`` are environment variables (``NNMATHS_EXEC="0"``); the result is returned
    with its output, whatever the return code. ``NNMATHS_BUILDER=properdocs``
    builds with ProperDocs instead, from the same mkdocs.yml.
    """
    config = ["--config-file", "mkdocs.yml"]
    command = [sys.executable, "-m", builder(), "build", "--strict", *config]
    command += list(options)
    return subprocess.run(
        [*command, "--site-dir", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
        env=build_env(**switches),
        check=False,
    )


def switch() -> str:
    """Return the NNMATHS_EXEC switch, "1" when unset."""
    return os.environ.get(EXEC_SWITCH, "1").strip() or "1"


def executes(src_uri: str) -> bool:
    """Whether the NNMATHS_EXEC switch lets this page (path under docs/) run its code.

    Unset or 1: every page; 0: none; otherwise the comma-separated pages it lists.
    """
    return switch() == "1" or src_uri in {
        page.strip() for page in switch().split(",")
    }


def versions() -> str:
    """Name Python and the versions of the libraries a page's output can depend on."""

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "absent"

    return " ".join(
        [sys.version, *(f"{name}={version(name)}" for name in VERSIONED)]
    )
