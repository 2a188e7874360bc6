"""Build the site as CI and Pages do, and check what a reader gets."""

import html
import itertools
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import keyed
import pytest
from projects import (
    CHAPTER_6,
    CHAPTER_6_ONLY,
    CHAPTERS,
    ROOT,
    build,
    copy_project,
)

from nnmaths_site.execution import stored_run
from nnmaths_site.sitekit import FENCE, strip_tags

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


def check_site(
    site: pathlib.Path, *options: str
) -> subprocess.CompletedProcess:
    """Run tools/check_site.py on a built site."""
    command = [
        sys.executable,
        str(ROOT / "tools" / "check_site.py"),
        *options,
        str(site),
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def broken_copy(
    tmp_path: pathlib.Path, old: str, new: str, chapter: str = CHAPTER_6[0]
) -> pathlib.Path:
    """Copy the site's sources to tmp_path with one edit to a chapter page (6)."""
    copy_project(tmp_path, chapters=[chapter])
    page = tmp_path / "docs" / "chapters" / f"{chapter}.md"
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return tmp_path


def copy_inputs(
    tmp_path: pathlib.Path, project: pathlib.Path
) -> list[tuple[str, pathlib.Path]]:
    """What a test that builds (or tests) a broken copy reads, for ``unless_passed``.

    The copy as broken (docs, hooks, overrides, mkdocs.yml, pyproject.toml, conftest.py
    and src, the same bytes as the src/ the installed package imports from), this file
    and projects.py; keyed.environment adds the installed versions.
    """
    drivers = [pathlib.Path(__file__), ROOT / "tests" / "projects.py"]
    return [*keyed.named(tmp_path, project), *keyed.named(ROOT, *drivers)]


def output_blocks(page: pathlib.Path) -> list[str]:
    """Return the text of every output block (what an executed block printed) of a built page."""
    pattern = r'<div class="language-text highlight"><pre[^>]*>(.*?)</pre>'
    blocks = re.findall(pattern, page.read_text(encoding="utf-8"), re.DOTALL)
    return [strip_tags(block).rstrip("\n") for block in blocks]


def python_fences(markdown: str) -> list[tuple[str, list[str]]]:
    """Return (info string, body lines) for every Python fence of a Markdown text."""
    fences, lines, i = [], markdown.splitlines(), 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        i += 1
        if not match or not re.match(
            r"\{?\.?(python|py|python3)\b", match["info"]
        ):
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


def relative_errors(blocks: list[str]) -> int:
    """Count the relative errors that the output blocks print, asserting each is below 1e-6."""
    lines = [
        line
        for block in blocks
        for line in block.splitlines()
        if "relative error" in line
    ]
    errors = [
        float(e) for line in lines for e in re.findall(r"\d\.\de[-+]\d+", line)
    ]
    assert all(error < 1e-6 for error in errors), errors
    return len(errors)


def test_built_chapter_shows_the_initial_cost_and_the_gradient_check(site):
    blocks = output_blocks(site / CHAPTER)
    assert "C = 0.656" in blocks
    assert relative_errors(blocks) == 2


def test_built_chapter_7_shows_the_programs_output_and_every_check(site):
    program = subprocess.run(
        [sys.executable, "-m", "nnmaths.ch07"],
        capture_output=True,
        text=True,
        check=True,
    )
    blocks = output_blocks(
        site / "chapters" / "07-matrix-calculus" / "index.html"
    )
    assert program.stdout.rstrip("\n") in blocks
    assert (
        relative_errors(blocks) == 7
    )  # dC/da1, then W and b of each of the three layers
    assert sum(block.count("equal: True") for block in blocks) == 3


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_printing_block_has_its_output_on_the_page(site, chapter):
    fences = python_fences((DOCS / "chapters" / f"{chapter}.md").read_text())
    printing = [info for info, _ in fences if 'result="text"' in info]
    outputs = output_blocks(site / "chapters" / chapter / "index.html")
    assert len(outputs) == len(printing) > 0
    assert all(output.strip() for output in outputs)


def test_built_pages_hold_no_tracebacks(site):
    for page in site.rglob("*.html"):
        printed = "\n".join(output_blocks(page))
        assert "Traceback" not in printed, page
        assert "Error" not in printed, page


def test_every_printed_markdown_table_renders_as_a_table(site):
    """A table a block prints must stand apart from text printed before it, or it shows as pipes."""
    for page in site.rglob("*.html"):
        paragraphs = re.findall(
            r"<p>(.*?)</p>", page.read_text(encoding="utf-8"), re.DOTALL
        )
        assert not [p for p in paragraphs if "|---" in p], page


def test_notation_table_is_generated_from_the_code(site):
    text = (site / "notation" / "index.html").read_text(encoding="utf-8")
    assert "<code>dC_dW1</code>" in text
    assert "<mn>3</mn><mo>×</mo><mn>4</mn>" in text


def test_general_network_notation_is_generated_from_the_code(site):
    text = (site / "notation" / "index.html").read_text(encoding="utf-8")
    assert "<code>layers[l - 1].W</code>" in text
    cells = strip_tags(text)
    assert "layers[l - 1].W\n3×4, 4×4, 4×1\n" in cells


def test_contents_lists_all_chapters_and_links_only_built_ones(site):
    text = (site / "index.html").read_text(encoding="utf-8")
    contents = text[text.index('id="contents"') :]
    items = re.findall(
        r"<li>(.*?)</li>", contents[: contents.index("</ol>")], re.DOTALL
    )
    assert len(items) == 8
    linked = re.findall(r'<a href="chapters/([^/"]+)/"', "".join(items))
    assert linked == CHAPTERS
    assert sum("<a " in item for item in items) == len(CHAPTERS)


# Chapters whose numbers follow each other; a gap (chapters still to come) has no links yet.
NEIGHBORS = [
    (a, b)
    for a, b in itertools.pairwise(CHAPTERS)
    if int(b[:2]) == int(a[:2]) + 1
]


@pytest.mark.parametrize(("before", "after"), NEIGHBORS)
def test_chapters_link_to_their_neighbors_in_the_text(site, before, after):
    """The closing lines of a chapter, not only the theme's footer, lead on and back."""
    number = int(after[:2])
    ahead = (site / "chapters" / before / "index.html").read_text(
        encoding="utf-8"
    )
    back = (site / "chapters" / after / "index.html").read_text(
        encoding="utf-8"
    )
    assert re.search(rf'<a href="../{after}/">Chapter {number},', ahead)
    assert re.search(rf'<a href="../{before}/">Chapter {number - 1},', back)


def test_no_python_block_in_docs_is_typed_by_hand():
    for page in DOCS.rglob("*.md"):
        for info, body in python_fences(page.read_text(encoding="utf-8")):
            typed = [
                line
                for line in body
                if line.strip() and not line.strip().startswith("--8<--")
            ]
            assert not typed, (
                f"{page.relative_to(ROOT)}: code typed into a page: {typed}"
            )


COST = '"src/nnmaths/cost.py:cost"'
DEMO = '"src/nnmaths/ch06/page.py:initial_cost"'
PAGE = "docs/chapters/06-simple-network.md"
# "{block}" stands for the page and the line of the broken block (hooks/nnmaths_build.py).
BREAKAGES = {
    "missing-section": (
        COST,
        '"src/nnmaths/cost.py:no_such_section"',
        "could not be located",
        (
            "{block} (includes src/nnmaths/cost.py:no_such_section)"
            ": snippet line {line}: src/nnmaths/cost.py has no section [start:no_such_section]"
        ),
    ),
    "missing-file": (
        COST,
        '"src/nnmaths/no_such_module.py:cost"',
        "could not be found",
        (
            "{block} (includes src/nnmaths/no_such_module.py:cost)"
            ": snippet line {line}: no file src/nnmaths/no_such_module.py"
        ),
    ),
    # Calls gradients() two sections before the block that defines it.
    "failing-block": (
        DEMO,
        '"src/nnmaths/ch06/page.py:gradient_shapes"',
        "NameError: name 'gradients' is not defined",
        (
            "{block} (includes src/nnmaths/ch06/page.py:gradient_shapes)"
            " raised NameError: name 'gradients' is not defined"
        ),
    ),
    "missing-page": (
        "(../notation.md)",
        "(../no-such-page.md)",
        "not found among documentation",
        "chapters/06-simple-network.md",
    ),
    "missing-anchor": (
        "(../notation.md)",
        "(../notation.md#nope)",
        "does not contain an anchor",
        "chapters/06-simple-network.md",
    ),
}


def line_of(text: str, path: str = PAGE) -> tuple[int, int]:
    """Return the line of a page (Chapter 6) where ``text`` starts, and the fence above it."""
    page = (ROOT / path).read_text(encoding="utf-8")
    line = page[: page.index(text)].count("\n") + 1
    lines = page.splitlines()
    fences = [
        i
        for i in range(line, 0, -1)
        if lines[i - 1].lstrip().startswith("```")
    ]
    return line, fences[0] if fences else 0


def located(message: str, old: str) -> str:
    """Fill in the page, the block's fence line and the snippet's line where ``old`` stands."""
    line, fence = line_of(old)
    return message.format(block=f"{PAGE}, block at line {fence}", line=line)


@pytest.mark.parametrize(
    ("old", "new", "message", "where"),
    BREAKAGES.values(),
    ids=BREAKAGES.keys(),
)
def test_a_broken_page_fails_the_build(
    tmp_path, old, new, message, where, unless_passed
):
    project = broken_copy(tmp_path / "project", old, new)
    unless_passed(copy_inputs(tmp_path, project))
    result = build(project, tmp_path / "site", execute=CHAPTER_6_ONLY)
    assert result.returncode != 0
    assert message in result.stderr
    assert located(where, old) in result.stderr


def test_a_stale_doctest_names_the_page_the_block_and_the_source(
    tmp_path, unless_passed
):
    # Chapter 5's one transcript compares its gradients with Chapter 6's.
    page = "docs/chapters/05-scalar-calculus.md"
    old, new = "[-0.088676, -0.088676]\n", "[-0.088676, -0.088677]\n"
    project = broken_copy(tmp_path, old, new, "05-scalar-calculus")
    unless_passed(copy_inputs(tmp_path, project))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "0", "-p", "no:cacheprovider"]
        + [page],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "Expected:\n    [-0.088676, -0.088677]\nGot:\n    [-0.088676, -0.088676]"
        in result.stdout
    )
    expected, fence = line_of(old, page)
    assert (
        f"{page}: example at line {expected - 1} of the block at line {fence}"
        " (```pycon); source: src/nnmaths.py"
    ) in result.stdout


def test_every_internal_link_and_anchor_of_the_built_site_resolves(site):
    result = check_site(site)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('href="../../notation/"', 'href="../../no-such-page/"', "no file"),
        (
            'href="../../notation/"',
            'href="../../notation/#nope"',
            "no anchor #nope",
        ),
        (
            'href="#one-example-per-row"',
            'href="#no-such-heading"',
            "no anchor #no-such-heading",
        ),
    ],
)
def test_the_link_checker_rejects_a_broken_link(
    site, tmp_path, old, new, problem
):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    page = copy / CHAPTER
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = check_site(copy)
    assert result.returncode == 1
    assert f"{CHAPTER}: {new[6:-1]}: {problem}" in result.stderr


def test_the_built_site_loads_nothing_from_another_host(site):
    result = check_site(site, "--external")
    assert result.returncode == 0, result.stderr


def test_the_resource_check_rejects_a_font_from_another_host(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    sheet = copy / "stylesheets" / "site.css"
    sheet.write_text(
        "@font-face { src: url(https://fonts.example/f.woff2); }",
        encoding="utf-8",
    )
    result = check_site(copy, "--external")
    assert (
        "stylesheets/site.css: loads https://fonts.example/f.woff2"
        in result.stderr
    )


CHAPTER_8 = "chapters/08-softmax-cross-entropy/index.html"


def test_chapter_8_scores_the_test_set_once_and_shows_the_gradient_checks(
    site,
):
    blocks = output_blocks(site / CHAPTER_8)
    text = "\n".join(blocks)
    accuracy = re.findall(r"Test set, scored once: (\d+\.\d) %", text)
    assert len(accuracy) == 1 and float(accuracy[0]) >= 95.0
    # The per-epoch table reads the validation set, never the test set.
    assert "epoch  train  valid  train  valid" in text
    # The softmax Jacobian, dL/dz, then W1, b1, W2, b2; Exercise 3's smoothed labels.
    assert relative_errors(blocks) == 7


def test_chapter_8_figures_are_inline_svg_with_alt_text(site):
    text = (site / CHAPTER_8).read_text(encoding="utf-8")
    # The row of digits is cut into one SVG per digit, under the figure's label (lighter_pages).
    labels = re.findall(
        r'<(?:svg|div) role="img" aria-label="([^"]+)" class="nnmaths-figure',
        text,
    )
    assert len(labels) == 3  # the last, the explorable's default frame
    assert "validation digits right" in labels[2]
    assert (
        "Two line charts over 40 epochs" in labels[0]
        and "validation set" in labels[0]
        and "test set" not in labels[0]
    )
    assert "misclassified test digits" in labels[1] and "read as" in labels[1]
    assert (
        "<img" not in text.split('class="md-content"')[1]
    )  # nothing to fetch


def test_chapter_8_compares_with_scikit_learn_in_a_generated_table(site):
    text = (site / CHAPTER_8).read_text(encoding="utf-8")
    text = text[
        text.index('id="against-scikit-learn"') :
    ]  # the page has other tables before
    rows = re.findall(
        r"<tr>\s*<td>(.*?)</td>.*?<td>([\d.]+ %)</td>\s*</tr>", text, re.DOTALL
    )
    names = [name for name, _ in rows]
    assert names == ["this page", "<code>MLPClassifier</code>"]
    assert all(float(accuracy[:-2]) >= 95.0 for _, accuracy in rows)


def code_blocks(page: pathlib.Path) -> list[str]:
    """Return the text of every Python code block of a built page, as a reader would copy it."""
    pattern = r'<div class="language-python highlight">.*?<code>(.*?)</code>'
    blocks = re.findall(pattern, page.read_text(encoding="utf-8"), re.DOTALL)
    return [strip_tags(block) for block in blocks]


def run_without_nnmaths(
    script: str, cwd: pathlib.Path
) -> subprocess.CompletedProcess:
    """Run a script in a Python that has numpy and matplotlib but cannot import this package.

    Once per change of the script (it holds all the code it runs), as the pages' outputs
    are stored: a warm `make test` reruns only the chapters whose code changed.
    """
    return stored_run(
        [sys.executable, "-c", WITHOUT_NNMATHS + script],
        [],
        ROOT,
        cwd=cwd,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_code_copied_from_the_built_page_reruns_without_the_package(
    site, tmp_path, chapter
):
    page = site / "chapters" / chapter / "index.html"
    result = run_without_nnmaths("\n\n".join(code_blocks(page)), tmp_path)
    assert result.returncode == 0, result.stderr
    # Every output block of the page comes out, in order; the blocks that print a figure or a
    # table print its markup in between, which the page shows as a picture or a table.
    position = 0
    for output in output_blocks(page):
        found = result.stdout.find(output + "\n", position)
        assert found >= 0, (
            f"not printed, or not in the page's order:\n{output}"
        )
        position = found + len(output)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_code_reruns_without_the_package_and_prints_the_pages_outputs(
    site, tmp_path, chapter
):
    """The build shows stored notebook outputs; here each notebook runs for real, as in Colab."""
    notebook = json.loads(
        (DOCS / "notebooks" / f"{chapter}.ipynb").read_text(encoding="utf-8")
    )
    cells = [
        "".join(cell["source"])
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
    ]
    result = run_without_nnmaths("\n\n".join(cells), tmp_path)
    assert result.returncode == 0, result.stderr
    position = 0
    for output in output_blocks(site / "chapters" / chapter / "index.html"):
        found = result.stdout.find(output + "\n", position)
        assert found >= 0, (
            f"not printed, or not in the page's order:\n{output}"
        )
        position = found + len(output)


def notebook_outputs(page: pathlib.Path) -> list[str]:
    """Return the text of every printed output of a built notebook page."""
    pattern = r'data-mime-type="text/plain"[^>]*>\s*<pre>(.*?)</pre>'
    return [
        strip_tags(out)
        for out in re.findall(
            pattern, page.read_text(encoding="utf-8"), re.DOTALL
        )
    ]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_page_shows_the_chapter_pages_outputs(site, chapter):
    """One output box per printing cell, with the chapter page's text (split prints merged)."""
    page = site / "chapters" / chapter / "index.html"
    notebook = [
        out.rstrip("\n")
        for out in notebook_outputs(
            site / "notebooks" / chapter / "index.html"
        )
    ]
    # An output that prints a Markdown table is a table on the chapter page and text in the
    # notebook.
    tables = [
        out for out in notebook if re.search(r"^\|.*\|$", out, re.MULTILINE)
    ]
    assert [out for out in notebook if out not in tables] == output_blocks(
        page
    )
    assert len(tables) <= page.read_text(encoding="utf-8").count("<table>")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_links_to_its_notebook_for_download_and_colab(site, chapter):
    page = site / "chapters" / chapter / "index.html"
    text = page.read_text(encoding="utf-8")
    download = re.search(
        r'<a href="([^"]+\.ipynb)" download>Download notebook</a>', text
    )
    assert download, "no download link"
    served = page.parent / download[1]
    assert (
        served.read_bytes()
        == (DOCS / "notebooks" / f"{chapter}.ipynb").read_bytes()
    )
    colab = re.search(
        r'<a href="https://colab\.research\.google\.com/github/([^"]+)">', text
    )
    assert colab, "no Colab link"
    owner_repo, _, path = colab[1].partition("/blob/main/")
    assert owner_repo == "maths-behind-nn/companion"
    assert (ROOT / path).is_file()


def test_notebook_page_shows_the_programs_output(site, program_output):
    text = (site / "notebooks" / "06-simple-network" / "index.html").read_text(
        encoding="utf-8"
    )
    printed = "".join(
        notebook_outputs(
            site / "notebooks" / "06-simple-network" / "index.html"
        )
    )
    assert program_output in printed
    assert (
        text.count('<img alt="') >= 3
    )  # the three figures, drawn by pyplot in the kernel


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_math_is_mathml_with_no_tex_left(site, chapter):
    for page in [site / "chapters" / chapter, site / "notebooks" / chapter]:
        text = (page / "index.html").read_text(encoding="utf-8")
        assert len(re.findall(r"<math[ >]", text)) > 50, page
        prose = re.sub(
            r"<(pre|code|script|style)\b.*?</\1>", "", text, flags=re.DOTALL
        )
        assert not re.search(r"\\[(\[]|\$\$|\\frac", prose), page


def test_figures_are_inline_svg_with_alt_text_from_the_run(site):
    from nnmaths.ch06.explorables import iteration_numbers
    from nnmaths.ch06.figures import cost_alt, outputs_alt
    from nnmaths.ch06.program import run_chapter
    from nnmaths.data import training_set

    run, _ = run_chapter()
    _, y = training_set()
    text = (site / CHAPTER).read_text(encoding="utf-8")
    labels = [
        html.unescape(label)
        for label in re.findall(r'<svg role="img" aria-label="([^"]+)"', text)
    ]
    assert len(labels) == 4  # the last, the explorable's default frame
    assert labels[1:3] == [cost_alt(run.costs), outputs_alt(run.outputs, y)]
    assert "3-4-1 network" in labels[0] and "W1 (3 by 4)" in labels[0]
    assert labels[3].endswith(iteration_numbers(run, y, 300))


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_figures_have_the_chapters_alt_text(site, chapter):
    labels = re.findall(
        r'<(?:svg|div) role="img" aria-label="([^"]+)"',
        (site / "chapters" / chapter / "index.html").read_text(
            encoding="utf-8"
        ),
    )
    notebook = (site / "notebooks" / chapter / "index.html").read_text(
        encoding="utf-8"
    )
    alts = re.findall(r'<img alt="([^"]*)"', notebook)
    assert alts == labels
    assert "No description has been provided" not in notebook


def test_every_image_on_every_page_has_alt_text(site):
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<img(?![^>]*\balt=)[^>]*>", text), page
        assert not re.search(
            r'<svg(?=[^>]*role="img")(?![^>]*aria-label=)[^>]*>', text
        ), page
