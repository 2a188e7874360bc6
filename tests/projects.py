"""Build the site, or a copy of its sources, as CI and Pages do (shared by the site tests)."""

import json
import pathlib
import re
import shutil
import subprocess
import sys
import time

from nnmaths_site.sitekit import ROOT, mkdocs_build

# The NNMATHS_EXEC switch (hooks/nnmaths_build.py) for a copy that only needs Chapter 6 run.
CHAPTER_6_ONLY = "chapters/06-simple-network.md,notation.md"
CHAPTER_6 = ["06-simple-network"]
# Every chapter page, as the site tests cover them: chapters are found, never listed.
CHAPTERS = sorted(
    page.stem for page in (ROOT / "docs" / "chapters").glob("*.md")
)
HOOK_LINE = "  - hooks/nnmaths_build.py\n"


def build(
    project: pathlib.Path, out: pathlib.Path, execute: str = "1"
) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` on a project folder into ``out``.

    ``execute`` is the NNMATHS_EXEC switch of hooks/nnmaths_build.py.
    """
    return mkdocs_build(project, out, NNMATHS_EXEC=execute)


def git_status() -> str | None:
    """What ``git status`` says of the working tree, untracked files included (None: no git)."""
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return status.stdout if status.returncode == 0 else None


def without_notebooks(config: str) -> str:
    """Drop the mkdocs-jupyter plugin and the Notebooks section of the nav from mkdocs.yml."""
    for block in (r"  - mkdocs-jupyter:\n", r"  - Notebooks:\n"):
        config, found = re.subn(block + r"(?:      .*\n)*", "", config)
        if not found:
            raise ValueError(
                f"expected {block!r} in mkdocs.yml, got a file without it"
            )
    return config


LEFT_OUT = "Left out of this copy's build (tests/projects.py).\n"


def only_chapters(config: str, chapters: list[str], docs: pathlib.Path) -> str:
    """Leave every chapter page but ``chapters`` out of the nav and the build.

    The pages left out are emptied too: the build never reads them, and a test keyed on
    its copy (tests/keyed.py) then does not run again when one of them is edited.
    """
    others = [
        p.name
        for p in sorted((docs / "chapters").glob("*.md"))
        if p.stem not in chapters
    ]
    for name in others:
        config = re.sub(rf"  - .*: chapters/{re.escape(name)}\n", "", config)
        (docs / "chapters" / name).write_text(LEFT_OUT, encoding="utf-8")
    excluded = "".join(f"  chapters/{name}\n" for name in others)
    return config + f"exclude_docs: |\n{excluded}"


def copy_project(
    dest: pathlib.Path, hooks: bool = True, chapters: list[str] | None = None
) -> pathlib.Path:
    """Copy what the build reads to ``dest``, without the notebooks, and return ``dest``.

    The copies test what happens to the pages; executing and converting three notebooks
    would only make each of them slower, and so would chapters a test does not look at:
    ``chapters`` names the chapter pages to keep (all when None). ``hooks=False`` leaves
    out the build hook.
    """
    for name in ("docs", "src", "hooks", "overrides"):
        shutil.copytree(ROOT / name, dest / name)
    for name in ("pyproject.toml", "conftest.py"):
        shutil.copy(ROOT / name, dest / name)
    # conftest.py keys the pages' doctests with it (a copy can run pytest on a page).
    (dest / "tests").mkdir()
    shutil.copy(ROOT / "tests" / "keyed.py", dest / "tests" / "keyed.py")
    shutil.rmtree(dest / "docs" / "notebooks")
    config = without_notebooks(
        (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    )
    if not hooks:
        if HOOK_LINE not in config:
            raise ValueError(
                f"expected {HOOK_LINE!r} in mkdocs.yml, got a file without it"
            )
        config = config.replace(HOOK_LINE, "")
    if chapters is not None:
        config = only_chapters(config, chapters, dest / "docs")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dest


def build_in_background(folder: pathlib.Path) -> subprocess.Popen:
    """Start building the whole site into ``folder/site``; ``wait_for_build`` reads the result."""
    (folder / "status.json").write_text(
        json.dumps(git_status()), encoding="utf-8"
    )
    return subprocess.Popen([sys.executable, __file__, str(folder)], cwd=ROOT)


def wait_for_build(folder: pathlib.Path, timeout: float = 600) -> dict:
    """Wait for ``build_in_background`` to finish; return its returncode and output."""
    result = folder / "result.json"
    waited = 0.0
    while not result.exists():
        if waited > timeout:
            raise TimeoutError(
                f"expected {result} within {timeout} s, got nothing"
            )
        time.sleep(0.2)
        waited += 0.2
    return json.loads(result.read_text(encoding="utf-8"))


if __name__ == "__main__":
    # Run by build_in_background: build, then publish the result in one rename.
    folder = pathlib.Path(sys.argv[1])
    try:
        done = build(ROOT, folder / "site")
        outcome = {
            "returncode": done.returncode,
            "output": done.stdout + done.stderr,
        }
    except (
        OSError,
        subprocess.SubprocessError,
    ) as error:  # the tests then fail at once
        outcome = {"returncode": -1, "output": repr(error)}
    partial = folder / "result.part"
    partial.write_text(json.dumps(outcome), encoding="utf-8")
    partial.rename(folder / "result.json")
