"""Check a built site offline: internal links and anchors, and resources from other hosts.

    python tools/check_site.py SITE_DIR            # broken internal links and anchors
    python tools/check_site.py --external SITE_DIR # scripts, styles, images, fonts from other hosts

Prints one line per problem (page, link, what is wrong) and exits 1 if there is any.
mkdocs' own `validation:` checks links written in Markdown; this reads the HTML that
readers get, including the links the theme and the plugins add.
"""

from __future__ import annotations

import argparse
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parents[1]
# Files a link may name that `mkdocs build` does not make: `make pdf` writes the book's PDF
# into the built site afterwards (tools/pdf.py).
MADE_AFTER_THE_BUILD = {"the-maths-behind-neural-networks.pdf"}

# Attributes that load a resource into the page, as opposed to linking to another page.
RESOURCES = {
    ("script", "src"),
    ("img", "src"),
    ("source", "src"),
    ("link", "href"),
}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")


class PageParser(HTMLParser):
    """Collect a page's ids, its links and the resources it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> None:
        values = {name: value for name, value in attrs if value is not None}
        self.ids.update(
            values[name] for name in ("id", "name") if name in values
        )
        # A canonical link names the page's published address; nothing loads it.
        canonical = tag == "link" and values.get("rel") == "canonical"
        for name in ("href", "src"):
            if name in values and not canonical:
                target = (
                    self.resources if (tag, name) in RESOURCES else self.links
                )
                target.append(values[name])
        self.styles.append(values.get("style", ""))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def parse(page: Path) -> PageParser:
    parser = PageParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def is_external(url: str) -> bool:
    """Whether a URL names another host (or another scheme than a page of this site)."""
    return bool(urlsplit(url).scheme or url.startswith("//"))


def published_path() -> str:
    """The path of site_url in mkdocs.yml (e.g. ``/companion/``), where the site is served."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return urlsplit(config.get("site_url") or "/").path or "/"


def target_file(site: Path, page: Path, path: str, root: str = "/") -> Path:
    """The file a link from ``page`` opens, as a static server would serve it.

    A path from the root (404.html has them) starts at ``root``, site_url's path.
    """
    if path.startswith(root):
        path = "/" + path[len(root) :]
    base = site if path.startswith("/") else page.parent
    target = (base / unquote(path).lstrip("/")).resolve() if path else page
    return target / "index.html" if target.is_dir() else target


def broken_links(site: Path) -> list[str]:
    """Return one line per internal link whose file or anchor does not exist."""
    site, root = site.resolve(), published_path()
    pages = {page: parse(page) for page in sorted(site.rglob("*.html"))}
    problems = []
    for page, parsed in pages.items():
        for url in parsed.links + parsed.resources:
            if is_external(url) or url.startswith("data:"):
                continue
            parts = urlsplit(url)
            target = target_file(site, page, parts.path, root)
            where = f"{page.relative_to(site)}: {url}"
            if (
                not target.is_file()
                and target.name not in MADE_AFTER_THE_BUILD
            ):
                problems.append(f"{where}: no file {target}")
            elif parts.fragment and target.suffix == ".html":
                ids = (
                    pages[target].ids if target in pages else parse(target).ids
                )
                if unquote(parts.fragment) not in ids:
                    problems.append(
                        f"{where}: no anchor #{parts.fragment} in {target.name}"
                    )
    return problems


def external_resources(site: Path) -> list[str]:
    """Return one line per script, style, image or font the site loads from another host."""
    problems = []
    for page in sorted(site.rglob("*.html")):
        parsed = parse(page)
        css = [
            url for style in parsed.styles for url in CSS_URL.findall(style)
        ]
        for url in parsed.resources + css:
            if is_external(url) and not url.startswith("data:"):
                problems.append(f"{page.relative_to(site)}: loads {url}")
    for sheet in sorted(site.rglob("*.css")):
        for url in CSS_URL.findall(sheet.read_text(encoding="utf-8")):
            if is_external(url) and not url.startswith("data:"):
                problems.append(f"{sheet.relative_to(site)}: loads {url}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the folder mkdocs built")
    parser.add_argument(
        "--external",
        action="store_true",
        help="list resources from other hosts",
    )
    args = parser.parse_args(argv)
    problems = (
        external_resources(args.site)
        if args.external
        else broken_links(args.site)
    )
    print(
        "\n".join(problems) or "no problems",
        file=sys.stderr if problems else sys.stdout,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
