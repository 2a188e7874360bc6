"""Build the site as CI and Pages do, and check what a reader gets."""

import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).parents[1]
DOCS = ROOT / "docs"
CHAPTER = "chapters/06-simple-network/index.html"
# A reader's Python as in Colab: numpy is there, this package is not.
WITHOUT_NNMATHS = """\
import sys


class WithoutNnmaths:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] == "nnmaths":
            raise ModuleNotFoundError(f"No module named {name!r}")


sys.meta_path.insert(0, WithoutNnmaths)
"""
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>`{3,}|~{3,})\s*(?P<info>.*)$")


def build(project: pathlib.Path, out: pathlib.Path) -> subprocess.CompletedProcess:
    """Run ``mkdocs build --strict`` on a project folder, as CI and Pages do."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> pathlib.Path:
    out = tmp_path_factory.mktemp("site")
    result = build(ROOT, out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def broken_copy(tmp_path: pathlib.Path, old: str, new: str) -> pathlib.Path:
    """Copy the site's sources to tmp_path with one edit to the Chapter 6 page."""
    for name in ("docs", "src", "hooks"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    page = tmp_path / "docs" / "chapters" / "06-simple-network.md"
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def output_blocks(page: pathlib.Path) -> list[str]:
    """Return the text of every output block (what an executed block printed) of a built page."""
    pattern = r'<div class="language-text highlight"><pre[^>]*>(.*?)</pre>'
    blocks = re.findall(pattern, page.read_text(encoding="utf-8"), re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)).rstrip("\n") for block in blocks]


def python_fences(markdown: str) -> list[tuple[str, list[str]]]:
    """Return (info string, body lines) for every Python fence of a Markdown text."""
    fences, lines, i = [], markdown.splitlines(), 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        i += 1
        if not match or not re.match(r"\{?\.?(python|py|python3)\b", match["info"]):
            continue
        body = []
        while i < len(lines) and lines[i].strip() != match["mark"]:
            body.append(lines[i])
            i += 1
        i += 1
        fences.append((match["info"], body))
    return fences


def test_built_chapter_shows_the_programs_output(site, program_output):
    assert program_output.rstrip("\n") in output_blocks(site / CHAPTER)


def test_built_chapter_shows_the_initial_cost_and_the_gradient_check(site):
    blocks = output_blocks(site / CHAPTER)
    assert "C = 0.656" in blocks
    assert "W1 gradient agrees: True\nW2 gradient agrees: True" in blocks


def test_every_printing_block_has_its_output_on_the_page(site):
    fences = python_fences((DOCS / "chapters" / "06-simple-network.md").read_text())
    printing = [info for info, _ in fences if 'result="text"' in info]
    outputs = output_blocks(site / CHAPTER)
    assert len(outputs) == len(printing) > 0
    assert all(output.strip() for output in outputs)


def test_page_code_in_order_reruns_without_the_package(site, expand_snippets, tmp_path):
    page = expand_snippets((DOCS / "chapters" / "06-simple-network.md").read_text())
    shown = [body for info, body in python_fences(page) if 'source="' in info]
    script = "\n\n".join("\n".join(body) for body in shown)
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_NNMATHS + script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "\n".join(output_blocks(site / CHAPTER)) + "\n"


def test_built_pages_hold_no_tracebacks(site):
    for page in site.rglob("*.html"):
        printed = "\n".join(output_blocks(page))
        assert "Traceback" not in printed, page
        assert "Error" not in printed, page


def test_notation_table_is_generated_from_the_code(site):
    text = (site / "notation" / "index.html").read_text(encoding="utf-8")
    assert "<code>dC_dW1</code>" in text
    assert "<mn>3</mn><mo>&#x000D7;</mo><mn>4</mn>" in text


def test_contents_lists_all_chapters_and_links_only_built_ones(site):
    text = (site / "index.html").read_text(encoding="utf-8")
    contents = text[text.index('id="contents"') :]
    items = re.findall(r"<li>(.*?)</li>", contents[: contents.index("</ol>")], re.DOTALL)
    assert len(items) == 8
    linked = [item for item in items if "<a " in item]
    assert len(linked) == 1 and 'href="chapters/06-simple-network/"' in linked[0]


def test_no_python_block_in_docs_is_typed_by_hand():
    for page in DOCS.rglob("*.md"):
        for info, body in python_fences(page.read_text(encoding="utf-8")):
            typed = [
                line for line in body if line.strip() and not line.strip().startswith("--8<--")
            ]
            assert not typed, f"{page.relative_to(ROOT)}: code typed into a page: {typed}"


COST = '"src/nnmaths/cost.py:cost"'
DEMO = '"src/nnmaths/demos/ch06.py:initial_cost"'
BREAKAGES = {
    "missing-section": (COST, '"src/nnmaths/cost.py:no_such_section"', "could not be located"),
    "missing-file": (COST, '"src/nnmaths/no_such_module.py:cost"', "could not be found"),
    # Calls gradients() two sections before the block that defines it.
    "failing-block": (
        DEMO,
        '"src/nnmaths/demos/ch06.py:gradient_shapes"',
        "NameError: name 'gradients' is not defined",
    ),
    "missing-page": ("(../notation.md)", "(../no-such-page.md)", "not found among documentation"),
    "missing-anchor": ("(../notation.md)", "(../notation.md#nope)", "does not contain an anchor"),
}


@pytest.mark.parametrize(("old", "new", "message"), BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_page_fails_the_build(tmp_path, old, new, message):
    result = build(broken_copy(tmp_path / "project", old, new), tmp_path / "site")
    assert result.returncode != 0
    assert message in result.stderr


def code_blocks(page: pathlib.Path) -> list[str]:
    """Return the text of every Python code block of a built page, as a reader would copy it."""
    pattern = r'<div class="language-python highlight">.*?<code>(.*?)</code>'
    blocks = re.findall(pattern, page.read_text(encoding="utf-8"), re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", block)) for block in blocks]


def run_without_nnmaths(script: str, cwd: pathlib.Path) -> subprocess.CompletedProcess:
    """Run a script in a Python that has numpy and matplotlib but cannot import this package."""
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_NNMATHS + script],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        check=False,
    )


def test_code_copied_from_the_built_page_reruns_without_the_package(site, tmp_path):
    blocks = code_blocks(site / CHAPTER)
    assert any("def draw_cost" in block for block in blocks)
    result = run_without_nnmaths("\n\n".join(blocks), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "\n".join(output_blocks(site / CHAPTER)) + "\n"


def test_notebook_code_reruns_without_the_package_and_prints_the_pages_outputs(site, tmp_path):
    notebook = json.loads((DOCS / "notebooks" / "06-simple-network.ipynb").read_text())
    cells = ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]
    result = run_without_nnmaths("\n\n".join(cells), tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "\n".join(output_blocks(site / CHAPTER)) + "\n"


def test_chapter_links_to_its_notebook_for_download_and_colab(site):
    text = (site / CHAPTER).read_text(encoding="utf-8")
    download = re.search(r'<a href="([^"]+\.ipynb)" download>Download notebook</a>', text)
    assert download, "no download link"
    served = (site / CHAPTER).parent / download[1]
    assert served.read_bytes() == (DOCS / "notebooks" / "06-simple-network.ipynb").read_bytes()
    colab = re.search(r'<a href="https://colab\.research\.google\.com/github/([^"]+)">', text)
    assert colab, "no Colab link"
    owner_repo, _, path = colab[1].partition("/blob/main/")
    assert owner_repo == "maths-behind-nn/companion"
    assert (ROOT / path).is_file()


def test_notebook_page_shows_the_programs_output(site, program_output):
    text = (site / "notebooks" / "06-simple-network" / "index.html").read_text(encoding="utf-8")
    outputs = re.findall(r'data-mime-type="text/plain"[^>]*>\s*<pre>(.*?)</pre>', text, re.DOTALL)
    printed = "".join(html.unescape(re.sub(r"<[^>]+>", "", out)) for out in outputs)
    assert program_output in printed
    assert text.count('<img alt="') >= 3  # the three figures, drawn by pyplot in the kernel


def test_math_is_mathml_with_no_tex_left(site):
    for page in [site / CHAPTER, site / "notebooks" / "06-simple-network" / "index.html"]:
        text = page.read_text(encoding="utf-8")
        assert text.count("<math ") > 50, page
        prose = re.sub(r"<(pre|code|script|style)\b.*?</\1>", "", text, flags=re.DOTALL)
        assert not re.search(r"\\[(\[]|\$\$|\\frac", prose), page


def test_no_page_loads_anything_from_another_host(site):
    loads = re.compile(
        r"<(?:script|img|iframe)[^>]+src=\"(https?:)?//|<link[^>]+href=\"(https?:)?//"
    )
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not loads.search(text), page
        assert not re.search(r"https?://[^\s\"']*cdn", text, re.IGNORECASE), page


def test_figures_are_inline_svg_with_alt_text_from_the_run(site):
    from nnmaths.ch06 import run_chapter
    from nnmaths.data import training_set
    from nnmaths.plots.ch06 import cost_alt, outputs_alt

    run, _ = run_chapter()
    _, y = training_set()
    text = (site / CHAPTER).read_text(encoding="utf-8")
    labels = [
        html.unescape(label) for label in re.findall(r'<svg role="img" aria-label="([^"]+)"', text)
    ]
    assert len(labels) == 3
    assert labels[1:] == [cost_alt(run.costs), outputs_alt(run.outputs, y)]
    assert "3-4-1 network" in labels[0] and "W1 (3 by 4)" in labels[0]
