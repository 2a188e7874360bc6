"""hooks/lighter_pages.py: what it does to a page's HTML, one change per test."""

import importlib.util
import pathlib

import pytest

HOOK = pathlib.Path(__file__).parents[1] / "hooks" / "lighter_pages.py"


@pytest.fixture(scope="module")
def hook():
    spec = importlib.util.spec_from_file_location("lighter_pages", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_names_and_whitespace_lose_their_spans_and_colored_tokens_keep_theirs(
    hook,
):
    code = '<span class="n">np</span><span class="o">.</span><span class="w">  </span>'
    assert hook.lighter_code(code) == 'np<span class="o">.</span>  '


def test_punctuation_loses_its_span(hook):
    code = '<span class="nb">len</span><span class="p">(</span>x<span class="p">)</span>'
    assert hook.lighter_code(code) == '<span class="nb">len</span>(x)'


def test_mathml_drops_the_namespace_and_writes_characters(hook):
    math = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mo>&#x02212;</mo></math>'
    assert hook.compact_math(math) == "<math><mo>−</mo></math>"


def test_markup_characters_stay_references_in_mathml(hook):
    assert (
        hook.compact_math("<math><mo>&#x0003C;</mo></math>")
        == "<math><mo>&#x0003C;</mo></math>"
    )


def test_an_inline_formula_breaks_after_top_level_relations_and_operators(
    hook,
):
    math = (
        '<math display="inline"><mrow><mi>a</mi><mo>=</mo><mi>b</mi><mo>+</mo>'
        "<msup><mi>c</mi><mrow><mn>1</mn><mo>+</mo><mn>2</mn></mrow></msup></mrow></math>"
    )
    pieces = hook.breakable_math(math).split("</math>")[:-1]
    assert len(pieces) == 3 and pieces[2].endswith("</msup></mrow>")
    assert pieces[0].endswith('<mo form="infix">=</mo></mrow>')


def test_a_formula_is_not_cut_after_its_last_operator_nor_inside_a_group(hook):
    math = '<math display="inline"><mrow><msub><mi>x</mi><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow></msub><mo>=</mo></mrow></math>'
    assert hook.breakable_math(math) == math


def figure(images: int) -> str:
    axes = "".join(
        f'  <g id="f-axes_{i}">\n   <image clip-path="url(#f-p{i})" x="{i}"/>\n  </g>\n'
        for i in range(1, images + 1)
    )
    return (
        '<svg role="img" aria-label="digits" class="nnmaths-figure" width="80pt" '
        f'viewBox="0 0 80 10" xmlns="http://www.w3.org/2000/svg">\n{axes}</svg>'
    )


def test_a_row_of_images_becomes_one_svg_per_image_under_the_figures_label(
    hook,
):
    row = hook.image_rows(figure(4))
    assert row.startswith(
        '<div role="img" aria-label="digits" class="nnmaths-figure-row"'
    )
    assert row.count('<svg aria-hidden="true" viewBox=') == 4
    assert 'viewBox="20 0 20 10"' in row and "clip-path" not in row


def test_a_figure_of_fewer_images_stays_whole(hook):
    assert hook.image_rows(figure(3)) == figure(3)


def test_a_notebook_loses_its_inlined_css_and_copy_buttons_and_gets_code_blocks(
    hook,
):
    page = (
        "<style>.jp-Cell{}</style>"
        '<div class="jp-Cell" id="cell-id=cell-3">'
        '<div class="zeroclipboard-container"><clipboard-copy for="cell-1"></clipboard-copy></div>'
        '<div class="highlight-ipynb hl-python"><pre><span></span>x = 1\n</pre></div>'
        '<div class="clipboard-copy-txt" id="cell-1">x = 1</div></div>'
    )
    assert hook.notebook_content(page) == (
        '<div class="jp-Cell" id="cell-3">'
        '<div class="language-python highlight"><pre><code>x = 1\n</code></pre></div></div>'
    )


def test_a_notebook_plot_is_re_encoded_smaller_with_the_same_size(hook):
    import base64
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from PIL import Image

    fig = Figure(figsize=(3, 2))
    fig.add_subplot().plot([0, 1, 0.5], lw=2)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    full = base64.b64encode(out.getvalue()).decode("ascii")
    smaller = hook.palette_png(full)
    assert len(smaller) < len(full) / 2
    size = Image.open(io.BytesIO(base64.b64decode(smaller))).size
    assert size == Image.open(io.BytesIO(out.getvalue())).size


def test_a_figures_words_are_left_out_of_the_search_index_and_its_title_is_not(
    hook,
):
    figure = '<svg role="img"><title>alt</title><g id="rates-figure_1"><text>0</text></g></svg>'
    from types import SimpleNamespace

    chapter = SimpleNamespace(
        file=SimpleNamespace(src_uri="chapters/03.md"), meta={}
    )
    html = hook.on_page_content(figure, page=chapter)
    assert "<text data-search-exclude>0</text>" in html
    assert "<title>alt</title>" in html


def test_a_display_formula_is_left_out_of_the_search_index_and_an_inline_one_is_not(
    hook,
):
    from types import SimpleNamespace

    chapter = SimpleNamespace(
        file=SimpleNamespace(src_uri="chapters/03.md"), meta={}
    )
    html = hook.on_page_content(
        '<math display="block"><mi>x</mi></math><math display="inline"><mi>y</mi></math>',
        page=chapter,
    )
    assert '<math display="block" data-search-exclude>' in html
    assert '<math display="inline">' in html
