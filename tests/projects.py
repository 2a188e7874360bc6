"""Build the site, or a copy of its sources, as CI and Pages do (shared by the site tests)."""

import os
import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).parents[1]
# The NNMATHS_EXEC switch (hooks/nnmaths_build.py) for a copy that only needs Chapter 6 run.
CHAPTER_6_ONLY = "chapters/06-simple-network.md,notation.md"
HOOK_LINE = "  - hooks/nnmaths_build.py\n"


def build(
    project: pathlib.Path, out: pathlib.Path, execute: str = "1"
) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` on a project folder into ``out``.

    ``execute`` is the NNMATHS_EXEC switch of hooks/nnmaths_build.py.
    """
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NNMATHS_EXEC": execute}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


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
            raise ValueError(f"expected {block!r} in mkdocs.yml, got a file without it")
    return config


def copy_project(dest: pathlib.Path, hooks: bool = True) -> pathlib.Path:
    """Copy what the build reads to ``dest``, without the notebooks, and return ``dest``.

    The copies test what happens to the pages; executing and converting three notebooks
    would only make each of them slower. ``hooks=False`` leaves out the build hook.
    """
    for name in ("docs", "src", "hooks"):
        shutil.copytree(ROOT / name, dest / name)
    for name in ("pyproject.toml", "conftest.py"):
        shutil.copy(ROOT / name, dest / name)
    shutil.rmtree(dest / "docs" / "notebooks")
    config = without_notebooks((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    if not hooks:
        if HOOK_LINE not in config:
            raise ValueError(f"expected {HOOK_LINE!r} in mkdocs.yml, got a file without it")
        config = config.replace(HOOK_LINE, "")
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dest
