"""The chapter notebooks: made from the pages, committed without outputs, never out of date."""

import ast
import json
import pathlib
import re
import shutil
import subprocess
import sys

import keyed
import nbformat
import pytest

from nnmaths_site.notebooks import colab_url, merge_streams

ROOT = pathlib.Path(__file__).parents[1]
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.ipynb"))
# What tools/notebooks.py reads: the pages and the notebooks, the code their snippets
# include and the package it imports (src), itself, mkdocs.yml (snippets, site_url).
# The hooks and conftest.py come along in the copy below, as in a checkout.
TOOL_READS = ("docs", "src", "tools", "hooks", "mkdocs.yml", "conftest.py")


def tool_inputs() -> list[tuple[str, pathlib.Path]]:
    """What a test of the tool reads, for ``unless_passed`` (tests/keyed.py)."""
    paths = [ROOT / name for name in TOOL_READS]
    return keyed.named(ROOT, pathlib.Path(__file__), *paths)


def run_tool(project: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(project / "tools" / "notebooks.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_chapter_has_a_notebook():
    chapters = sorted(
        page.stem for page in (ROOT / "docs" / "chapters").glob("*.md")
    )
    assert [path.stem for path in NOTEBOOKS] == chapters


def test_committed_notebooks_match_a_fresh_generation(unless_passed):
    unless_passed(tool_inputs())
    result = run_tool(ROOT, "--check")
    assert result.returncode == 0, result.stderr


def test_check_fails_when_a_page_changes_and_the_notebook_does_not(
    tmp_path, unless_passed
):
    unless_passed(tool_inputs())
    for name in TOOL_READS:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, tmp_path / name)
    page = tmp_path / "docs" / "chapters" / "06-simple-network.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("XOR", "exclusive or")
    )
    result = run_tool(tmp_path, "--check")
    assert result.returncode == 1
    assert (
        "docs/notebooks/06-simple-network.ipynb is out of date"
        in result.stderr
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_is_valid_and_committed_without_outputs_or_the_package(path):
    nbformat.validate(
        nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    )
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    code = [cell for cell in cells if cell["cell_type"] == "code"]
    assert code and all(
        cell["outputs"] == [] and cell["execution_count"] is None
        for cell in code
    )
    assert not any(
        imports_the_package("".join(cell["source"])) for cell in code
    )


def imports_the_package(source: str) -> bool:
    """Whether code imports nnmaths (docstrings and names that mention it are fine)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(
            alias.name.partition(".")[0] == "nnmaths" for alias in node.names
        ):
            return True
        if (
            isinstance(node, ast.ImportFrom)
            and (node.module or "").partition(".")[0] == "nnmaths"
        ):
            return True
    return False


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_keeps_the_pages_prose_and_math(path):
    page = (ROOT / "docs" / "chapters" / f"{path.stem}.md").read_text(
        encoding="utf-8"
    )
    prose = "".join(
        "".join(cell["source"])
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
        if cell["cell_type"] == "markdown"
    )
    headings = [
        re.sub(r"^# (\d+)\. ", r"# Notebook \1: ", line)
        for line in page.splitlines()
        if line.startswith("#")
    ]
    assert headings and all(heading in prose for heading in headings)
    assert page.count("$$") == prose.count("$$") > 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_opens_with_its_title_and_a_note_for_its_reader(path):
    first = "".join(
        json.loads(path.read_text(encoding="utf-8"))["cells"][0]["source"]
    )
    number = int(path.stem[:2])
    page = f"https://maths-behind-nn.github.io/companion/chapters/{path.stem}/"
    assert first.startswith(f"# Notebook {number}: ")
    assert f"[the chapter page]({page})" in first and "Run the cells" in first
    assert "tools/notebooks.py" not in first and ".md)" not in first


def test_colab_address_is_built_from_the_repository():
    url = colab_url("https://github.com/o/r", "main", "docs/notebooks/a.ipynb")
    assert (
        url
        == "https://colab.research.google.com/github/o/r/blob/main/docs/notebooks/a.ipynb"
    )
    with pytest.raises(
        ValueError,
        match="must start with https://github.com/, got 'gitlab.com/o/r'",
    ):
        colab_url("gitlab.com/o/r", "main", "a.ipynb")


SPLIT = [
    {
        "output_type": "stream",
        "name": "stdout",
        "text": "Output before training:\n[[0.758]\n",
    },
    {"output_type": "stream", "name": "stdout", "text": ["  [0.771]]\n"]},
    {"output_type": "stream", "name": "stderr", "text": "a warning\n"},
    {"output_type": "stream", "name": "stdout", "text": "after\n"},
]


def rendered_outputs(tmp_path: pathlib.Path, outputs: list[dict]) -> int:
    """Render a one-cell notebook as mkdocs-jupyter does; return how many output boxes it shows."""
    from mkdocs_jupyter.convert import nb2html

    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "id": "c",
        "metadata": {},
        "source": "run()",
    }
    nb = {
        "cells": [cell | {"outputs": outputs}],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "split.ipynb"
    path.write_text(json.dumps(nb), encoding="utf-8")
    return nb2html(str(path)).count('class="jp-OutputArea-child')


def test_a_print_split_in_two_stream_messages_renders_as_one_output(tmp_path):
    """A loaded kernel may split one print; the stored notebook merges it before rendering."""
    merged = merge_streams(SPLIT)
    assert [output["text"] for output in merged] == [
        "Output before training:\n[[0.758]\n  [0.771]]\n",
        "a warning\n",
        "after\n",
    ]
    assert rendered_outputs(tmp_path, SPLIT) == 4
    assert rendered_outputs(tmp_path, merged) == 3
