"""Every chapter meets the chapter standard on the built site (shared/DESIGN.md, issue 17).

The counts come from tools/page_stats.py, which prints them for a contributor.
"""

import importlib.util
import pathlib
import sys

import pytest
from projects import CHAPTERS, ROOT

SPEC = importlib.util.spec_from_file_location(
    "page_stats", ROOT / "tools" / "page_stats.py"
)
page_stats = importlib.util.module_from_spec(SPEC)
sys.modules["page_stats"] = (
    page_stats  # dataclasses look their module up there
)
SPEC.loader.exec_module(page_stats)

MOST_VISIBLE_CODE = 150
FEWEST_NUMBERED_EQUATIONS = 3


def stats(site: pathlib.Path, chapter: str):
    return page_stats.page_stats(site / "chapters" / chapter / "index.html")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapter_shows_at_most_150_lines_of_code_in_view(site, chapter):
    assert stats(site, chapter).code_lines <= MOST_VISIBLE_CODE


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapter_numbers_its_equations_and_links_to_them(site, chapter):
    counts = stats(site, chapter)
    assert counts.equations >= FEWEST_NUMBERED_EQUATIONS
    assert counts.equation_refs >= 1


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_figure_has_a_numbered_caption(site, chapter):
    counts = stats(site, chapter)
    assert counts.figures >= 1 and counts.captioned == counts.figures


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapter_has_its_report_a_mistake_link(site, chapter):
    assert stats(site, chapter).report_link


PAGE = """\
<div class="language-python highlight"><pre><span></span><code>a = 1
b = 2
</code></pre></div>
<details class="note"><summary>How this figure is drawn</summary>
<div class="language-python highlight"><pre><code>hidden = 1
</code></pre></div></details>
<div class="language-text highlight"><pre><code>printed
</code></pre></div>
<div class="language-pycon highlight"><pre><code>&gt;&gt;&gt; 1
1
</code></pre></div>
<div class="nnmaths-equation" id="eq-a"><math></math></div>
<a class="nnmaths-ref" href="#eq-a">(1.1)</a>
<figure class="nnmaths-figure-box"><svg class="nnmaths-figure"></svg>
<figcaption>Figure 1.1: x</figcaption></figure>
<svg class="nnmaths-figure"></svg>
"""


def test_the_counts_see_code_in_view_and_figures_without_captions(tmp_path):
    page = tmp_path / "index.html"
    page.write_text(PAGE, encoding="utf-8")
    counts = page_stats.page_stats(page)
    assert (counts.code_lines, counts.transcripts) == (4, 1)
    assert (counts.equations, counts.equation_refs) == (1, 1)
    assert (counts.figures, counts.captioned) == (2, 1)
    assert not counts.report_link
