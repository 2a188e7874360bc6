"""The contributor loop: live reload shows fresh output, the switch that skips execution,
and a tree left clean by building and testing."""

import html
import os
import pathlib
import re
import subprocess
import sys

import pytest
from mkdocs.config import load_config
from projects import CHAPTER_6, ROOT, copy_project, git_status

NOTATION, NOTATION_MD = "notation/index.html", "notation.md"
CHAPTER, CHAPTER_MD = "chapters/06-simple-network/index.html", "chapters/06-simple-network.md"
CHAPTER_8 = "chapters/08-softmax-cross-entropy/index.html"
# (module, text in it, replacement, page, what that page shows only after the edit)
EDITS = {
    # The notation page imports nnmaths.notation: a module Python keeps in sys.modules.
    "imported-module": (
        "src/nnmaths/notation.py",
        '"inputs, one example per row"',
        '"inputs, one example per row (edited)"',
        NOTATION,
        "inputs, one example per row (edited)",
    ),
    # The chapter includes this function's body as a block of its session.
    "included-section": (
        "src/nnmaths/ch06/page.py",
        'print(f"C = {cost(y, a2):.3f}")',
        'print(f"C (edited) = {cost(y, a2):.3f}")',
        CHAPTER,
        "C (edited) = 0.656",
    ),
}


def project_copy(tmp_path: pathlib.Path, hooks: bool = True, **options) -> pathlib.Path:
    return copy_project(tmp_path / "project", hooks, **options)


def serve_rebuild(project: pathlib.Path, *change: str) -> subprocess.CompletedProcess:
    """Build, change a module, rebuild, in one process (tools/serve_rebuild.py)."""
    # The copy's src comes first on the path, so its blocks import the edited package.
    env = {
        **os.environ,
        "PYTHONPATH": str(project / "src"),
        "NO_MKDOCS_2_WARNING": "1",
        # The edits concern these two pages; the other chapters need not run twice.
        "NNMATHS_EXEC": f"{NOTATION_MD},{CHAPTER_MD}",
    }
    command = [sys.executable, str(ROOT / "tools" / "serve_rebuild.py"), "first", "second"]
    return subprocess.run(
        [*command, *change], cwd=project, env=env, capture_output=True, text=True, check=False
    )


def text_of(page: pathlib.Path) -> str:
    """The text of a built page, without its tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


@pytest.mark.parametrize(("module", "old", "new", "page", "shown"), EDITS.values(), ids=EDITS)
def test_a_rebuild_after_an_edit_shows_the_new_output(tmp_path, module, old, new, page, shown):
    project = project_copy(tmp_path, chapters=CHAPTER_6)
    result = serve_rebuild(project, "--edit", module, old, new)
    assert result.returncode == 0, result.stderr
    assert shown not in text_of(project / "first" / page)
    assert shown in text_of(project / "second" / page)


def test_without_the_hook_the_imported_module_goes_stale(tmp_path):
    """Shows what the hook prevents: markdown-exec and sys.modules keep the old module."""
    module, old, new, page, shown = EDITS["imported-module"]
    # Without the hook every page executes: keep only the pages this test reads.
    project = project_copy(tmp_path, hooks=False, chapters=CHAPTER_6)
    result = serve_rebuild(project, "--edit", module, old, new)
    assert result.returncode == 0, result.stderr
    assert shown not in text_of(project / "second" / page)


def build_with_switch(project: pathlib.Path, switch: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NNMATHS_EXEC": switch, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    return subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, check=False
    )


def test_the_execution_switch_builds_without_running_any_block(tmp_path):
    project = project_copy(tmp_path, chapters=CHAPTER_6)
    # A block that would fail the build if it ran.
    demos = project / "src" / "nnmaths" / "ch06" / "page.py"
    text = demos.read_text(encoding="utf-8")
    demos.write_text(text.replace("    x, y = training_set()", "    1 / 0", 1), encoding="utf-8")
    result = build_with_switch(project, "0")
    assert result.returncode == 0, result.stderr
    chapter = text_of(project / "site" / CHAPTER)
    assert "1 / 0" in chapter
    assert "C = 0.656" not in chapter


def test_the_execution_switch_can_name_the_pages_that_run(tmp_path):
    project = project_copy(tmp_path)
    result = build_with_switch(project, CHAPTER_MD)
    assert result.returncode == 0, result.stderr
    assert "C = 0.656" in text_of(project / "site" / CHAPTER)
    chapter_8 = text_of(project / "site" / CHAPTER_8)
    assert "def softmax(z" in chapter_8
    assert "Test accuracy: 9" not in chapter_8  # printed by the run, not the code


def test_gitignore_covers_the_build_the_caches_and_the_virtual_environments():
    ignored = ["site/index.html", ".venv/bin/python", ".venv-oldest/bin/python"]
    ignored += [".pytest_cache/x", ".mypy_cache/x", ".ruff_cache/x", "src/nnmaths.egg-info/x"]
    ignored += ["src/nnmaths/__pycache__/x.pyc", ".cache/x"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", "--verbose", "--non-matching", *ignored],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    not_ignored = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert not not_ignored, result.stdout


def test_building_leaves_no_untracked_or_changed_file(site, status_before_build):
    """The site fixture built from the repository; `.ci/run` checks the same after all tests."""
    if status_before_build is None:
        pytest.skip("not a git checkout")
    assert git_status() == status_before_build


@pytest.mark.parametrize(
    ("switch", "executed"),
    [
        (
            "1",
            {
                "01-perceptron",
                "03-gradient-descent",
                "04-chain-rule",
                "05-scalar-calculus",
                "06-simple-network",
                "07-matrix-calculus",
                "08-softmax-cross-entropy",
            },
        ),
        ("notebooks/07-matrix-calculus.ipynb,notation.md", {"07-matrix-calculus"}),
        ("0", set()),
    ],
)
def test_the_execution_switch_covers_the_notebooks(monkeypatch, switch, executed):
    """The hook tells mkdocs-jupyter which notebooks to leave unexecuted."""
    monkeypatch.setenv("NNMATHS_EXEC", switch)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"))
    config.plugins.on_config(config)
    ignored = config.plugins["mkdocs-jupyter"].config["execute_ignore"]
    notebooks = {path.stem for path in (ROOT / "docs" / "notebooks").glob("*.ipynb")}
    assert {pathlib.PurePath(glob).stem for glob in ignored} == notebooks - executed
