"""Print the whole book to one PDF, from the pages the site shows.

    python tools/pdf.py [SITE_DIR]           # writes SITE_DIR/the-maths-behind-neural-networks.pdf
    python tools/pdf.py --check [SITE_DIR]   # reads it back: every part, numbers, no TeX, size

`make pdf` builds the site first. The chapters, then the notation page as an appendix, are
taken from the built pages (each page's <article>, nothing written twice), put one after
another in a print page with a title page and a table of contents, and printed by the
system's Chromium through Playwright (no browser download): MathML and SVG render natively,
and CSS paged media gives each chapter its running head and every page its number
(docs/stylesheets/print.css). Solutions are expanded in place. Chromium writes the PDF's
outline from the headings. The print page is removed again; only the PDF stays.
"""

from __future__ import annotations

import datetime
import html
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

from nnmaths_site.sitekit import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
PDF_NAME = "the-maths-behind-neural-networks.pdf"
ARTICLE = re.compile(
    r'<article class="md-content__inner md-typeset">(?P<body>.*?)</article>',
    re.DOTALL,
)
HEADING = re.compile(r"<h1[^>]*>(?P<title>.*?)</h1>", re.DOTALL)
STYLESHEETS = re.compile(r'<link rel="stylesheet" href="(?P<href>[^"]+)">')


@dataclass(frozen=True)
class Part:
    """One page of the site as a part of the book."""

    slug: str  # e.g. "06-simple-network", or "notation"
    title: str  # its <h1>, as text
    body: str  # its <article>, ids made unique within the book


def text_of(fragment: str) -> str:
    """The plain text of an HTML fragment (a heading's title)."""
    return (
        html.unescape(re.sub(r"<[^>]+>", "", fragment))
        .strip()
        .rstrip("¶")
        .strip()
    )


def scoped(body: str, slug: str, slugs: set[str]) -> str:
    """Give every id of a page the page's prefix, and point links at the book's copies.

    >>> scoped('<p id="a"><a href="#a">x</a> <a href="../07-b/#c">y</a></p>', "06-a", {"07-b"})
    '<p id="06-a--a"><a href="#06-a--a">x</a> <a href="#07-b--c">y</a></p>'
    """
    body = re.sub(r'\bid="([^"]+)"', rf'id="{slug}--\1"', body)
    body = re.sub(r'href="#([^"]+)"', rf'href="#{slug}--\1"', body)
    body = re.sub(r"url\(#([^)]+)\)", rf"url(#{slug}--\1)", body)

    def other_page(match: re.Match[str]) -> str:
        target = match["slug"]
        if target not in slugs:
            return match[0]
        return (
            f'href="#{target}--{match["anchor"]}"'
            if match["anchor"]
            else f'href="#{target}"'
        )

    return re.sub(
        r'href="(?:\.\./)+(?:chapters/)?(?P<slug>[\w-]+)/(?:#(?P<anchor>[^"]+))?"',
        other_page,
        body,
    )


# A <details> start tag without the open attribute.
CLOSED_DETAILS = re.compile(r'<details(?: class="[^"]*")?(?=>)')


def for_print(body: str) -> str:
    """Every folded block open: solutions, minor corrections (print.css hides machinery).

    >>> for_print('<details class="note"><summary>Minor corrections</summary>')
    '<details class="note" open><summary>Minor corrections</summary>'
    """
    return CLOSED_DETAILS.sub(r"\g<0> open", body)


def read_part(page: Path, slug: str, slugs: set[str]) -> Part:
    """Read one built page as a part of the book."""
    text = page.read_text(encoding="utf-8")
    found = ARTICLE.search(text)
    if not found:
        raise ValueError(f"{page}: expected a Material <article>, found none")
    body = found["body"]
    heading = HEADING.search(body)
    title = text_of(heading["title"]) if heading else slug
    return Part(slug, title, for_print(scoped(body, slug, slugs)))


def book_parts(site: Path) -> list[Part]:
    """The chapters in order, then the notation page."""
    pages = sorted(site.glob("chapters/*/index.html")) + [
        site / "notation" / "index.html"
    ]
    missing = [page for page in pages if not page.is_file()]
    if len(pages) < 9 or missing:
        raise ValueError(
            f"{site}: expected 8 built chapters and the notation page, missing {missing}"
        )
    slugs = {page.parent.name for page in pages}
    return [read_part(page, page.parent.name, slugs) for page in pages]


def commit() -> str:
    """The commit the book is printed from (or "unknown" outside git)."""
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
    )
    return done.stdout.strip() or "unknown"


def title_page(config: dict[str, object]) -> str:
    """The book's title, the companion's credit line and license, the date and commit."""
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    return (
        '<section class="nnmaths-book-title">'
        f"<h1>{html.escape(str(config['site_name']))}</h1>"
        f"<p>{html.escape(str(config['site_description']))}</p>"
        f"<p>{html.escape(str(config['copyright']))}</p>"
        f"<p>Printed from the companion site on {today}, commit {commit()}. "
        f"Online: {html.escape(str(config['site_url']))}</p></section>"
    )


def contents(parts: list[Part]) -> str:
    """The table of contents, one linked line per chapter and the appendix."""
    items = "".join(
        f'<li><a href="#{part.slug}">{html.escape(part.title)}</a></li>'
        for part in parts
    )
    return f'<nav class="nnmaths-book-contents"><h2>Contents</h2><ol>{items}</ol></nav>'


def named_pages(parts: list[Part]) -> str:
    """One named page per part, so that each prints its own title as the running head."""
    rules = []
    for part in parts:
        name = f"part-{part.slug}"  # an identifier: a page name may not start with a digit
        head = part.title.replace("\\", "").replace('"', '\\"')
        rules.append(
            f'@page {name} {{ @top-center {{ content: "{head}"; }} }}'
            f' [id="{part.slug}"] {{ page: {name}; }}'
        )
    return "\n".join(rules)


def print_page(
    site: Path, parts: list[Part], config: dict[str, object], base: str = ""
) -> str:
    """The whole book as one HTML page, styled by the site's own stylesheets.

    Its links are relative to a chapter page; ``base``, if given, is the address they
    resolve against (for a page opened from elsewhere than beside the chapters).
    """
    first = (site / "chapters" / parts[0].slug / "index.html").read_text(
        encoding="utf-8"
    )
    links = "\n".join(
        f'<link rel="stylesheet" href="{m["href"]}">'
        for m in STYLESHEETS.finditer(first)
    )
    sections = "".join(
        f'<section class="nnmaths-book-part" id="{part.slug}">{part.body}</section>'
        for part in parts
    )
    head = (
        '<meta charset="utf-8">'
        + (f'<base href="{html.escape(base)}">' if base else "")
        + f"<title>{html.escape(str(config['site_name']))}</title>{links}"
        + f"<style>{named_pages(parts)}</style>"
    )
    return (
        f'<!doctype html><html lang="en"><head>{head}</head>'
        # dir: Material's paddings (a summary's room for its icon) are set per direction.
        '<body dir="ltr" class="nnmaths-book" data-md-color-scheme="default" '
        'data-md-color-primary="indigo" data-md-color-accent="indigo">'
        f'<div class="md-typeset">{title_page(config)}{contents(parts)}{sections}</div>'
        "</body></html>"
    )


def print_pdf(page: Path, out: Path) -> None:
    """Print ``page`` to ``out`` with the system's Chromium, paged media as the CSS says."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.is_file():
        raise SystemExit(
            f"no Chromium at {CHROMIUM}: apt-get install chromium, or set CHROMIUM"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        tab = browser.new_page()
        tab.goto(page.resolve().as_uri(), wait_until="load")
        tab.emulate_media(media="print", color_scheme="light")
        partial = out.with_suffix(".partial")
        tab.pdf(
            path=partial, prefer_css_page_size=True, outline=True, tagged=True
        )
        partial.replace(out)  # never a half-written PDF under the real name
        browser.close()


# Numbers the book prints (Chapter 6's run, the seed's program), found in the PDF's text.
SEED_NUMBERS = ["0.758", "0.771", "0.791", "0.801", "0.028", "0.925", "0.090"]
RAW_TEX = re.compile(
    # TeX that only unrendered math leaves (code may hold $\\sigma$ in a plot's label).
    r"\\(?:frac|dfrac|tfrac|begin|end|label|tag|mathbf|mathrm|lVert|odot)\b|\$\$"
)
MOST_BYTES = 25_000_000


def outline_titles(outline: Sequence[object]) -> list[str]:
    """The titles of a pypdf outline, depth first."""
    titles: list[str] = []
    for item in outline:
        if isinstance(item, list):
            titles += outline_titles(item)
        else:
            titles.append(str(getattr(item, "title", "")))
    return titles


def check(site: Path) -> list[str]:
    """What is wrong with the printed book, one line per problem (none: nothing)."""
    from pypdf import PdfReader

    path = site / PDF_NAME
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    titles = outline_titles(reader.outline)
    parts = book_parts(site)
    # Chromium's outline drops the space where a long heading wraps: compare without spaces.
    squeezed = {"".join(title.split()) for title in titles}
    problems = [
        f"outline lacks {p.title!r}"
        for p in parts
        if "".join(p.title.split()) not in squeezed
    ]
    problems += [
        f"text lacks the book's number {n}"
        for n in SEED_NUMBERS
        if n not in text
    ]
    problems += [
        f"raw TeX in the text: {m[0]!r}" for m in RAW_TEX.finditer(text)
    ][:5]
    if len(titles) < 2 * len(parts):
        problems.append(
            f"outline has {len(titles)} entries: expected the parts and their sections"
        )
    if path.stat().st_size > MOST_BYTES:
        problems.append(
            f"{path.stat().st_size:,} bytes, more than {MOST_BYTES:,}"
        )
    print(f"{path}: {len(reader.pages)} pages, {len(titles)} outline entries")
    return problems


def main(site: Path) -> int:
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    parts = book_parts(site)
    # Beside the chapter pages, so that their relative links and stylesheets resolve.
    page = site / "chapters" / "_book" / "index.html"
    page.parent.mkdir(exist_ok=True)
    try:
        page.write_text(print_page(site, parts, config), encoding="utf-8")
        print_pdf(page, site / PDF_NAME)
    finally:
        page.unlink(missing_ok=True)
        page.parent.rmdir()
    size = (site / PDF_NAME).stat().st_size
    print(f"{site / PDF_NAME}: {len(parts)} parts, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    args = [arg for arg in sys.argv[1:] if arg != "--check"]
    folder = Path(args[0] if args else "site")
    if "--check" in sys.argv[1:]:
        found = check(folder)
        print("\n".join(found) or "no problems")
        sys.exit(1 if found else 0)
    sys.exit(main(folder))
