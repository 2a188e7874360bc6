"""The static checks of `make test`: lint, format, types, spelling and the workflows.

Each check runs the tool the project pins (constraints.txt) on the repository; a test
shows which files each reads (a deliberate mistake in a copy, or its configuration).
"""

import pathlib
import shutil
import subprocess
import sys

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import keyed
import pytest

ROOT = pathlib.Path(__file__).parents[1]
# The tools are installed next to this Python by `pip install -e .[test]`.
BIN = pathlib.Path(sys.executable).parent
CHECKS = {
    "ruff-lint": ["ruff", "check", "--no-cache", "."],
    "ruff-format": ["ruff", "format", "--check", "--no-cache", "."],
    # Files and strictness come from [tool.mypy] in pyproject.toml. The cache is the test
    # session's own: the copies below then re-check only what their mistake touches.
    "mypy": ["mypy", "--cache-dir", "{mypy_cache}"],
    "codespell": [
        "codespell",
        "docs",
        "src",
        "hooks",
        "tools",
        "bench",
        "README.md",
    ],
    # Listed by a glob: actionlint looks for .github/workflows only inside a git repository.
    "actionlint": ["actionlint", ".github/workflows/*.yml"],
    # Offline: the audits that ask GitHub about each action are left out; pinning is still checked.
    "zizmor": ["zizmor", "--offline", "--no-progress", ".github"],
}
PAGE = "docs/chapters/06-simple-network.md"
CI = ".github/workflows/ci.yml"
# (check, file, text in it, replacement): a mistake in a file each check must be reading.
# Mistakes that would only show the tool works (ruff, mypy) are not repeated here: the
# coverage of ruff (the whole tree) and mypy (pyproject.toml) is checked directly below.
MISTAKES = {
    "codespell": (
        "codespell",
        PAGE,
        "The network learns",
        "The network lerans",
    ),
    "actionlint": (
        "actionlint",
        CI,
        "matrix.python-version }}\n",
        "matrix.python_version }}\n",
    ),
    "zizmor-unpinned": (
        "zizmor",
        CI,
        "actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0",
        "actions/checkout@v5",
    ),
}
# Folders of Python that are not type-checked: the tests use pytest's untyped fixtures.
UNTYPED = {"tests"}


def python_folders() -> set[str]:
    """Return the top-level folders that hold tracked Python files."""
    files = subprocess.run(
        ["git", "ls-files", "*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return {pathlib.PurePath(file).parts[0] for file in files if "/" in file}


def test_mypy_and_codespell_cover_every_folder_of_python():
    config = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )
    folders = python_folders()
    assert set(config["tool"]["mypy"]["files"]) == folders - UNTYPED
    assert folders - UNTYPED | {"docs"} <= set(CHECKS["codespell"][1:])


def expand(arg: str, project: pathlib.Path) -> list[str]:
    """Expand a glob among a check's arguments, as a shell would."""
    if "*" not in arg:
        return [arg]
    return [
        str(path.relative_to(project)) for path in sorted(project.glob(arg))
    ]


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory) -> pathlib.Path:
    return tmp_path_factory.mktemp("mypy-cache")


def run_check(
    name: str, project: pathlib.Path, mypy_cache: pathlib.Path
) -> subprocess.CompletedProcess:
    tool, *args = (arg.format(mypy_cache=mypy_cache) for arg in CHECKS[name])
    command = [str(BIN / tool)] + [
        part for arg in args for part in expand(arg, project)
    ]
    return subprocess.run(
        command, cwd=project, capture_output=True, text=True, check=False
    )


def copy_checked_files(destination: pathlib.Path) -> pathlib.Path:
    """Copy what the checks read: the sources, the pages, the config and the workflows."""
    for name in ("src", "docs", "hooks", "tools", "bench", "tests", ".github"):
        if (ROOT / name).exists():
            shutil.copytree(
                ROOT / name,
                destination / name,
                ignore=shutil.ignore_patterns("__pycache__"),
            )
    for name in ("pyproject.toml", "README.md", "mkdocs.yml", "conftest.py"):
        shutil.copy(ROOT / name, destination / name)
    return destination


def mypy_inputs() -> list[tuple[str, pathlib.Path]]:
    """What mypy reads besides the installed packages: its files and its settings.

    The slowest check (a fresh cache each session): keyed on these (tests/keyed.py).
    """
    config = tomllib.loads(
        (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    )
    files = [ROOT / name for name in config["tool"]["mypy"]["files"]]
    return keyed.named(
        ROOT, pathlib.Path(__file__), ROOT / "pyproject.toml", *files
    )


@pytest.mark.parametrize("name", CHECKS)
def test_check_passes_on_the_repository(name, mypy_cache, unless_passed):
    if name == "mypy":
        unless_passed(mypy_inputs())
    result = run_check(name, ROOT, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("check", "path", "old", "new"), MISTAKES.values(), ids=MISTAKES.keys()
)
def test_check_rejects_a_deliberate_mistake(
    tmp_path, mypy_cache, check, path, old, new
):
    project = copy_checked_files(tmp_path)
    source = project / path
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run_check(check, project, mypy_cache)
    assert result.returncode != 0, result.stdout + result.stderr
    assert pathlib.PurePath(path).name in result.stdout + result.stderr
