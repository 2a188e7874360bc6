"""Print everything the package and the site print, to compare across numpy and Python versions.

    python tools/printed_outputs.py > outputs-3.10.txt

It builds the site strictly into a temporary folder and prints, in order: the output of
each chapter's program (`python -m nnmaths.ch06` and on), then every output block and
every table of every built page.
Two environments print the same numbers exactly when the two files are byte-identical.
"""

from __future__ import annotations

import pathlib
import re
import subprocess
import sys
import tempfile

from nnmaths_site.sitekit import mkdocs_build, strip_tags

ROOT = pathlib.Path(__file__).resolve().parents[1]

BLOCKS = re.compile(
    r'<div class="language-text highlight"><pre[^>]*>(.*?)</pre>|(<table>.*?</table>)',
    re.DOTALL,
)


def text(fragment: str) -> str:
    return strip_tags(fragment).strip("\n")


def page_outputs(site: pathlib.Path) -> list[str]:
    """Return a header and the printed text of each output block and table, page by page."""
    lines = []
    for page in sorted(site.rglob("*.html")):
        for output, table in BLOCKS.findall(page.read_text(encoding="utf-8")):
            lines += [f"--- {page.relative_to(site)}", text(output or table)]
    return lines


def programs() -> list[str]:
    """Return the names of the chapter programs, ``nnmaths.ch06`` and the rest."""
    chapters = sorted(
        (ROOT / "src" / "nnmaths").glob("ch[0-9][0-9]/__main__.py")
    )
    return [f"nnmaths.{path.parent.name}" for path in chapters]


def main() -> None:
    for module in programs():
        program = subprocess.run(
            [sys.executable, "-m", module],
            capture_output=True,
            text=True,
            check=True,
        )
        print(f"--- python -m {module}", program.stdout, sep="\n", end="")
    with tempfile.TemporaryDirectory() as site:
        mkdocs_build(ROOT, site, "-q").check_returncode()
        print("\n".join(page_outputs(pathlib.Path(site))))


if __name__ == "__main__":
    main()
