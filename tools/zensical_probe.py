"""Build the chapter pages with Zensical and report what renders and what does not.

    python tools/zensical_probe.py [--venv /tmp/nnmaths-zensical] [--zensical SPEC]
                                   [--reference SITE] [--json]

Not part of `make test`: it installs Zensical (the newest that installs, unless
``--zensical`` names one) into a virtual environment of its own under /tmp,
with what the pages need (markdown-exec, latex2mathml, matplotlib,
scikit-learn, scipy; versions from constraints.txt) and this project in
editable mode, so nothing reaches the project's .venv. It copies mkdocs.yml,
docs/, src/ and overrides/ to a temporary folder, adds one page that uses the
numbering of equations and figures (the chapters may not use it yet), runs
``zensical build`` there and reads the built pages:

- math: MathML (nnmaths_site.mathml), no arithmatex TeX left;
- listings: no doctest example in an executed listing (nnmaths_site.listings);
- lighter: code without pygments' plain spans, code out of the search index;
- executed output: with ``--reference`` (a site built by MkDocs or ProperDocs,
  executing everything, e.g. .cache/properdocs-site from `make properdocs`),
  the share of the reference page's code and output blocks found verbatim;
  without it, whether the figures the blocks print are there;
- figures and numbering: ``/// figure`` blocks as numbered ``<figure>``s,
  ``\\label`` equations numbered, references resolved;
- what only MkDocs hooks do: notebook pages (mkdocs-jupyter), notebook links,
  the search dialog's name, stored execution.

The result, with the version, goes in CONTRIBUTING.md, "Versions".
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEEDS = [
    "markdown-exec",
    "latex2mathml",
    "numpy",
    "matplotlib",
    "scikit-learn",
    "scipy",
]
PROBE_PAGE = """\
# 9. Numbering probe

A labeled equation:

$$
z_1 = a_0 W_1 \\label{eq:forward}
$$

and a figure block around an executed block:

/// figure | fig:probe
```python exec="1" html="1"
print('<svg role="img" aria-label="probe" class="nnmaths-figure"></svg>')
```

The caption of the probe figure.
///

By [@eq:forward], as [@fig:probe] shows.

```python
zzsearchprobe = 1
```
"""
FIGURE = re.compile(r'<figure[^>]*\bid="fig-')
PRE = re.compile(r"<pre[^>]*>(.*?)</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")


def run(command: list[str], **options: object) -> None:
    print("$", " ".join(command), file=sys.stderr)
    subprocess.run(command, check=True, **options)  # type: ignore[call-overload]


def install(venv: Path, zensical: str) -> str:
    """Create ``venv`` with Zensical and the pages' needs; return its version."""
    if not (venv / "bin" / "python").is_file():
        run([sys.executable, "-m", "venv", str(venv)])
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    # Zensical first and unconstrained: pip picks the newest that installs.
    run([*pip, zensical])
    run([*pip, "--constraint", str(ROOT / "constraints.txt"), *NEEDS])
    run([*pip, "--no-deps", "--editable", str(ROOT)])
    version = subprocess.run(
        [str(venv / "bin" / "zensical"), "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return version.strip().split()[-1]


def without_overrides(config: str) -> str:
    """mkdocs.yml without the theme's ``custom_dir`` (probed on its own)."""
    return re.sub(r"(?m)^  custom_dir: .*\n", "", config)


def project_copy(folder: Path) -> Path:
    """Copy what the build reads, plus the numbering probe page.

    The theme overrides are left out: Zensical stops on them (see
    ``overrides_render``), and the pages are what this probe is about.
    """
    for name in ("docs", "src"):
        shutil.copytree(ROOT / name, folder / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        without_overrides(config), encoding="utf-8"
    )
    (folder / "docs" / "numbering-probe.md").write_text(
        PROBE_PAGE, encoding="utf-8"
    )
    return folder


def overrides_render(zensical: Path, folder: Path) -> str:
    """Build one chapter page with the theme overrides; say how it went."""
    if not (ROOT / "overrides").is_dir():
        return "no overrides"
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    (folder / "docs" / "chapters").mkdir(parents=True)
    (folder / "docs" / "chapters" / "01-x.md").write_text("# 1. X\n")
    (folder / "mkdocs.yml").write_text(
        "site_name: probe\nsite_url: https://example.org/\n"
        "extra:\n  repository: https://github.com/o/r\n"
        "theme:\n  name: material\n  custom_dir: overrides\n",
        encoding="utf-8",
    )
    build = subprocess.run(
        [str(zensical), "build", "-f", "mkdocs.yml"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if build.returncode == 0:
        return "yes"
    last = (build.stdout + build.stderr).strip().splitlines()[-1:]
    return f"no: {last[0] if last else build.returncode}"


def blocks(html: str) -> list[str]:
    """The text of every ``pre`` block of a page."""
    return [TAG.sub("", block).strip() for block in PRE.findall(html)]


def prompts(markdown: str) -> int:
    """How many ``>>>`` the page itself writes (its pycon blocks, its prose)."""
    return markdown.count(">>>")


def chapter_checks(
    html: str, markdown: str, reference: str | None
) -> dict[str, bool | str]:
    """What renders on one chapter page."""
    if not html:
        return {"page built": False}
    figures = markdown.count("/// figure |")
    checks: dict[str, bool | str] = {
        "page built": True,
        "math as MathML": "<math" in html and 'class="arithmatex"' not in html,
        "listings without doctests": html.count("&gt;&gt;&gt;")
        <= prompts(markdown),
        "code without plain spans": '<span class="n">' not in html,
        "figures printed": 'class="nnmaths-figure' in html,
        "numbered figures": len(FIGURE.findall(html)) == figures,
    }
    if reference is not None:
        mine = set(blocks(html))
        theirs = [block for block in blocks(reference) if block]
        found = sum(block in mine for block in theirs)
        checks["blocks as in the reference"] = f"{found}/{len(theirs)}"
    return checks


def probe_checks(html: str, site: Path) -> dict[str, bool | str]:
    """What the numbering probe page shows, and the search index leaves out."""
    index = site / "search.json"
    searched = index.read_text(encoding="utf-8") if index.is_file() else ""
    return {
        "code out of the search index": "zzsearchprobe" in html
        and "zzsearchprobe" not in searched,
        "equation numbered (9.1)": 'id="eq-forward"' in html
        and "(9.1)" in html,
        "figure numbered, caption": re.search(
            r'<figure[^>]*\bid="fig-probe"', html
        )
        is not None
        and "Figure 9.1" in html,
        "references resolved": "[@" not in html,
        "executed block inside the figure": 'aria-label="probe"' in html,
    }


def hook_checks(
    site: Path, chapter: str, project: Path
) -> dict[str, bool | str]:
    """What only the MkDocs hooks and plugins do."""
    built = site / "chapters" / chapter / "index.html"
    page = built.read_text(encoding="utf-8") if built.is_file() else ""
    return {
        "notebook pages (mkdocs-jupyter)": (
            site / "notebooks" / chapter / "index.html"
        ).is_file(),
        "notebook links": "nnmaths-notebook-links" in page,
        "search dialog named": 'role="dialog" aria-label="Search"' in page,
        "stored execution": (project / ".cache" / "nnmaths-exec").is_dir(),
    }


def report(result: dict[str, object]) -> str:
    """The result as Markdown: one row per check, per chapter where it applies."""
    chapters: dict[str, dict[str, bool | str]] = result["chapters"]  # type: ignore[assignment]
    names = list(dict.fromkeys(n for c in chapters.values() for n in c))
    summary = (
        f"Zensical {result['version']}: `zensical build` "
        f"exit {result['returncode']} in {result['seconds']:.0f} s, "
        f"{result['warnings']} warning lines."
    )
    lines = [
        summary,
        "",
        "| check | chapters | result |",
        "|---|---|---|",
    ]
    for name in names:
        values = [chapter.get(name, False) for chapter in chapters.values()]
        passed = sum(value is True for value in values)
        shown = (
            ", ".join(str(value) for value in values)
            if any(isinstance(value, str) for value in values)
            else f"{passed}/{len(values)}"
        )
        lines.append(f"| {name} | {len(values)} | {shown} |")
    extra: dict[str, bool | str] = {**result["probe"], **result["hooks"]}  # type: ignore[dict-item]
    for name, value in extra.items():
        shown = value if isinstance(value, str) else "yes" if value else "no"
        lines.append(f"| {name} | | {shown} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--venv", type=Path, default=Path("/tmp/nnmaths-zensical")
    )
    parser.add_argument("--zensical", default="zensical")
    parser.add_argument("--reference", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="copy the built site here")
    args = parser.parse_args()
    version = install(args.venv, args.zensical)
    with tempfile.TemporaryDirectory(prefix="nnmaths-zensical-") as tmp:
        project = project_copy(Path(tmp))
        start = time.perf_counter()
        build = subprocess.run(
            [str(args.venv / "bin" / "zensical"), "build", "-f", "mkdocs.yml"],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
        output = build.stdout + build.stderr
        print(output, file=sys.stderr)
        site = project / "site"
        if args.keep and site.is_dir():
            shutil.copytree(site, args.keep, dirs_exist_ok=True)
        chapters = {}
        for page in sorted((ROOT / "docs" / "chapters").glob("*.md")):
            built = site / "chapters" / page.stem / "index.html"
            html = built.read_text(encoding="utf-8") if built.is_file() else ""
            ref = args.reference and (
                args.reference / "chapters" / page.stem / "index.html"
            )
            reference = (
                ref.read_text(encoding="utf-8")
                if ref and ref.is_file()
                else None
            )
            chapters[page.stem] = chapter_checks(
                html, page.read_text(encoding="utf-8"), reference
            )
        probe = site / "numbering-probe" / "index.html"
        result = {
            "version": version,
            "returncode": build.returncode,
            "seconds": seconds,
            "warnings": sum(
                "warning" in line.lower() for line in output.splitlines()
            ),
            "chapters": chapters,
            "probe": probe_checks(
                probe.read_text(encoding="utf-8") if probe.is_file() else "",
                site,
            ),
            "hooks": hook_checks(site, "06-simple-network", project),
        }
    with tempfile.TemporaryDirectory(prefix="nnmaths-zensical-") as tmp:
        zensical = args.venv / "bin" / "zensical"
        result["hooks"]["theme overrides (overrides/main.html)"] = (  # type: ignore[index]
            overrides_render(zensical, Path(tmp))
        )
    print(json.dumps(result, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
