"""The contributor loop: live reload shows fresh output, the switch that skips execution,
and a tree left clean by building and testing."""

import pathlib
import subprocess
import sys

import keyed
import pytest
from projects import CHAPTER_6, CHAPTERS, ROOT, copy_project, git_status

from nnmaths_site import execution
from nnmaths_site.notebooks import executed_notebooks
from nnmaths_site.sitekit import build_env, mkdocs_build, strip_tags

NOTATION, NOTATION_MD = "notation/index.html", "notation.md"
CHAPTER, CHAPTER_MD = (
    "chapters/06-simple-network/index.html",
    "chapters/06-simple-network.md",
)
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


# What drives the builds of a copy, besides the copy itself: this file, the copying and
# building (projects.py), and the serve rebuild.
DRIVERS = [
    pathlib.Path(__file__),
    ROOT / "tests" / "projects.py",
    ROOT / "tools" / "serve_rebuild.py",
]


def project_copy(
    tmp_path: pathlib.Path, hooks: bool = True, **options
) -> pathlib.Path:
    return copy_project(tmp_path / "project", hooks, **options)


def keyed_copy(
    tmp_path: pathlib.Path, unless_passed, hooks: bool = True, **options
) -> pathlib.Path:
    """A copy of the project; the test skips if it passed on the same copy (keyed.py).

    The copy holds everything its builds read: docs, hooks, overrides, mkdocs.yml,
    pyproject.toml and src, the same bytes as the src/ the installed package imports
    from. With the drivers and the installed versions (keyed.environment), the inputs
    are whole. Any page, or any module, edited: the copy differs, the test runs.
    """
    project = project_copy(tmp_path, hooks, **options)
    unless_passed(
        [*keyed.named(tmp_path, project), *keyed.named(ROOT, *DRIVERS)]
    )
    return project


def serve_rebuild(
    project: pathlib.Path, *change: str
) -> subprocess.CompletedProcess:
    """Build, change a module, rebuild, in one process (tools/serve_rebuild.py)."""
    # The copy's src comes first on the path, so its blocks import the edited package.
    env = build_env(
        PYTHONPATH=str(project / "src"),
        # The edits concern these two pages; the other chapters need not run twice.
        NNMATHS_EXEC=f"{NOTATION_MD},{CHAPTER_MD}",
    )
    command = [
        sys.executable,
        str(ROOT / "tools" / "serve_rebuild.py"),
        "first",
        "second",
    ]
    return subprocess.run(
        [*command, *change],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def text_of(page: pathlib.Path) -> str:
    """The text of a built page, without its tags."""
    return strip_tags(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("module", "old", "new", "page", "shown"), EDITS.values(), ids=EDITS
)
def test_a_rebuild_after_an_edit_shows_the_new_output(
    tmp_path, module, old, new, page, shown, unless_passed
):
    project = keyed_copy(tmp_path, unless_passed, chapters=CHAPTER_6)
    result = serve_rebuild(project, "--edit", module, old, new)
    assert result.returncode == 0, result.stderr
    assert shown not in text_of(project / "first" / page)
    assert shown in text_of(project / "second" / page)


def test_without_the_hook_the_imported_module_goes_stale(
    tmp_path, unless_passed
):
    """Shows what the hook prevents: markdown-exec and sys.modules keep the old module."""
    module, old, new, page, shown = EDITS["imported-module"]
    # Without the hook every page executes: keep only the pages this test reads.
    project = keyed_copy(
        tmp_path, unless_passed, hooks=False, chapters=CHAPTER_6
    )
    result = serve_rebuild(project, "--edit", module, old, new)
    assert result.returncode == 0, result.stderr
    assert shown not in text_of(project / "second" / page)


def build_with_switch(
    project: pathlib.Path, switch: str
) -> subprocess.CompletedProcess:
    return mkdocs_build(project, "site", NNMATHS_EXEC=switch)


def test_the_execution_switch_builds_without_running_any_block(
    tmp_path, unless_passed
):
    project = keyed_copy(tmp_path, unless_passed, chapters=CHAPTER_6)
    # A block that would fail the build if it ran.
    demos = project / "src" / "nnmaths" / "ch06" / "page.py"
    text = demos.read_text(encoding="utf-8")
    demos.write_text(
        text.replace("    x, y = training_set()", "    1 / 0", 1),
        encoding="utf-8",
    )
    result = build_with_switch(project, "0")
    assert result.returncode == 0, result.stderr
    chapter = text_of(project / "site" / CHAPTER)
    assert "1 / 0" in chapter
    assert "C = 0.656" not in chapter


def test_the_execution_switch_can_name_the_pages_that_run(
    tmp_path, unless_passed
):
    project = keyed_copy(tmp_path, unless_passed)
    result = build_with_switch(project, CHAPTER_MD)
    assert result.returncode == 0, result.stderr
    assert "C = 0.656" in text_of(project / "site" / CHAPTER)
    chapter_8 = text_of(project / "site" / CHAPTER_8)
    assert "def softmax(z" in chapter_8
    assert (
        "Test accuracy: 9" not in chapter_8
    )  # printed by the run, not the code


def test_gitignore_covers_the_build_the_caches_and_the_virtual_environments():
    ignored = [
        "site/index.html",
        ".venv/bin/python",
        ".venv-oldest/bin/python",
    ]
    ignored += [
        ".pytest_cache/x",
        ".mypy_cache/x",
        ".ruff_cache/x",
        "src/nnmaths.egg-info/x",
    ]
    ignored += ["src/nnmaths/__pycache__/x.pyc", ".cache/x"]
    result = subprocess.run(
        [
            "git",
            "check-ignore",
            "--no-index",
            "--verbose",
            "--non-matching",
            *ignored,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    not_ignored = [
        line for line in result.stdout.splitlines() if line.startswith("::")
    ]
    assert not not_ignored, result.stdout


def test_building_leaves_no_untracked_or_changed_file(
    site, status_before_build
):
    """The site fixture built from the repository; `.ci/run` checks the same after all tests."""
    if status_before_build is None:
        pytest.skip("not a git checkout")
    assert git_status() == status_before_build


@pytest.mark.parametrize(
    ("switch", "executed"),
    [
        ("1", set(CHAPTERS)),
        (
            "notebooks/07-matrix-calculus.ipynb,notation.md",
            {"07-matrix-calculus"},
        ),
        ("0", set()),
    ],
)
def test_the_execution_switch_covers_the_notebooks(
    monkeypatch, switch, executed
):
    """hooks/notebook_exec.py executes only the notebooks the switch names."""
    monkeypatch.setenv("NNMATHS_EXEC", switch)
    notebooks = executed_notebooks(ROOT / "docs")
    assert {pathlib.PurePath(path).stem for path in notebooks} == executed


def key_of(root: pathlib.Path, page: str) -> str:
    """The key under which a page's outputs are stored (nnmaths_site.execution)."""
    text = (root / "docs" / page).read_text(encoding="utf-8")
    return execution.execution_key(text, execution.exec_blocks(text), root)


def edit(path: pathlib.Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("module", "changes"),
    [
        (
            "src/nnmaths/activations.py",
            True,
        ),  # a snippet of the page includes it
        (
            "src/nnmaths/figures.py",
            True,
        ),  # only imported, by a module a snippet includes
        (
            "src/nnmaths/softmax.py",
            False,
        ),  # Chapter 8's: nothing of Chapter 6 imports it
    ],
)
def test_the_stored_outputs_key_changes_with_the_modules_a_page_imports(
    tmp_path, module, changes
):
    project = copy_project(tmp_path / "project", chapters=CHAPTER_6)
    before = key_of(project, CHAPTER_MD)
    edit(
        project / module,
        '"""',
        '"""Edited. ',
    )
    assert (key_of(project, CHAPTER_MD) != before) is changes


def test_a_rebuild_re_executes_only_the_pages_an_edit_reaches(
    tmp_path, unless_passed
):
    """Reused outputs for the page an edit cannot reach; the new number for the page it can."""
    project = keyed_copy(tmp_path, unless_passed)
    switch = f"{NOTATION_MD},{CHAPTER_MD}"
    assert mkdocs_build(project, "site", NNMATHS_EXEC=switch).returncode == 0
    module, old, new, page, shown = EDITS["included-section"]
    edit(project / module, old, new)
    edit(project / "src/nnmaths/softmax.py", '"""', '"""Edited. ')
    result = mkdocs_build(project, "site", "--verbose", NNMATHS_EXEC=switch)
    assert result.returncode == 0, result.stderr
    assert f"docs/{CHAPTER_MD}: executed" in result.stderr
    assert f"docs/{NOTATION_MD}: outputs reused" in result.stderr
    assert shown in text_of(project / "site" / page)


def test_markdown_exec_internals_the_hook_relies_on_still_exist():
    """The one private use of markdown-exec (execution.markdown_exec_python): a session's
    blocks share a namespace, and forgetting the sessions empties it. Fails if markdown-exec moves
    them; then update that one function."""
    run, forget = execution.markdown_exec_python()
    assert run("x = 41", session="probe") == ""
    assert run("print(x + 1)", session="probe") == "42\n"
    forget()
    with pytest.raises(Exception, match="name 'x' is not defined"):
        run("print(x)", session="probe")
