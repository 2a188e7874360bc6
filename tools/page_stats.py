"""Measure how a built chapter reads: the chapter standard's numbers, page by page.

    python tools/page_stats.py [SITE_DIR]     # one line per chapter (default: site/)

For each chapter page: visible lines of code (Python and ``>>>`` blocks outside a
collapsed ``<details>``; printed output does not count), ``>>>`` transcripts in view,
numbered equations and the references to them, figures and those with a numbered
caption, and whether the page has its report-a-mistake link. tests/test_chapter_standard.py
holds every chapter to the targets; this prints the numbers behind it.
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from pathlib import Path

CODE_LANGUAGES = ("language-python", "language-py ", "language-pycon")


@dataclass
class PageStats:
    """The chapter standard's counts for one page."""

    code_lines: int = 0  # lines of code in view, outside collapsed <details>
    transcripts: int = 0  # >>> blocks in view
    equations: int = 0  # numbered display formulas
    equation_refs: int = 0  # links to them
    figures: int = 0  # figures drawn at build (inline SVG)
    captioned: int = 0  # of them, inside a <figure> with a numbered caption
    report_link: bool = False


class StatsParser(HTMLParser):
    """Walk a page once, keeping track of collapsed blocks, code and figures."""

    def __init__(self) -> None:
        super().__init__()
        self.stats = PageStats()
        self.closed_details = 0  # depth of <details> without open
        self.stack: list[str] = []  # tags, for details/figure nesting
        self.code_depth = 0  # >0 inside a counted <pre>
        self.in_figure_box = 0

    def handle_starttag(
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> None:
        values = {name: value or "" for name, value in attrs}
        classes = f" {values.get('class', '')} "
        self.stack.append(tag)
        if tag == "details" and "open" not in values:
            self.closed_details += 1
        self.count_start(tag, values, classes)

    def count_start(
        self, tag: str, values: dict[str, str], classes: str
    ) -> None:
        visible = self.closed_details == 0
        if (
            tag == "div"
            and visible
            and any(c in classes + " " for c in CODE_LANGUAGES)
        ):
            self.code_depth = 1
            self.stats.transcripts += "language-pycon" in classes
        elif tag == "div" and self.code_depth:
            self.code_depth += 1
        if tag == "div" and "nnmaths-equation" in classes.split():
            self.stats.equations += 1
        if (
            tag == "a"
            and "nnmaths-ref" in classes
            and values.get("href", "").startswith("#eq-")
        ):
            self.stats.equation_refs += 1
        if tag == "a" and "/issues/new?" in values.get("href", ""):
            self.stats.report_link = True
        if tag == "figure" and "nnmaths-figure-box" in classes:
            self.in_figure_box += 1
        if tag == "svg" and "nnmaths-figure" in classes:
            self.stats.figures += 1
            self.stats.captioned += self.in_figure_box > 0

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag = self.stack.pop()
            self.end(open_tag)
            if open_tag == tag:
                break

    def end(self, tag: str) -> None:
        if tag == "details" and self.closed_details:
            self.closed_details -= 1
        if tag == "div" and self.code_depth:
            self.code_depth -= 1
        if tag == "figure" and self.in_figure_box:
            self.in_figure_box -= 1

    def handle_data(self, data: str) -> None:
        if (
            self.code_depth
            and self.stack
            and self.stack[-1] in ("code", "span")
        ):
            self.stats.code_lines += data.count("\n")


VOID = {
    "br",
    "img",
    "input",
    "meta",
    "link",
    "hr",
    "path",
    "use",
    "rect",
    "circle",
}


class VoidAwareParser(StatsParser):
    """HTML's void elements (and SVG's self-closing ones) never wait for an end tag."""

    def handle_starttag(
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> None:
        super().handle_starttag(tag, attrs)
        if tag in VOID:
            self.stack.pop()

    def handle_startendtag(
        self, tag: str, attrs: list[tuple[str, str | None]]
    ) -> None:
        super().handle_starttag(tag, attrs)
        self.stack.pop()


def page_stats(page: Path) -> PageStats:
    """Return the chapter standard's counts for one built page."""
    parser = VoidAwareParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.stats


def chapter_pages(site: Path) -> list[Path]:
    """The built chapter pages, in order."""
    return sorted(site.glob("chapters/*/index.html"))


def main(site: Path) -> int:
    for page in chapter_pages(site):
        numbers = ", ".join(
            f"{k} {v}" for k, v in asdict(page_stats(page)).items()
        )
        print(f"{page.parent.name}: {numbers}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
