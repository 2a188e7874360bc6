"""nnmaths_site.lighter: what it does to a page's HTML, one change per test."""

import markdown
import pytest

from nnmaths_site import lighter
from nnmaths_site.notebooks import figure_labels


@pytest.fixture(scope="module")
def hook():
    return lighter


def test_names_and_whitespace_lose_their_spans_and_colored_tokens_keep_theirs(
    hook,
):
    code = '<span class="n">np</span><span class="o">.</span><span class="w">  </span>'
    assert (
        hook.lighter_code(code) == "np.  "
    )  # an attribute's dot is drawn plain
    code = '<span class="n">a</span><span class="o">+</span><span class="n">b</span>'
    assert hook.lighter_code(code) == 'a<span class="o">+</span>b'


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


def test_a_row_of_images_keeps_its_label_for_the_notebooks_alt_text(hook):
    assert figure_labels(hook.image_rows(figure(4))) == ["digits"]


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
    html = hook.chapter_page(figure)
    assert "<text data-search-exclude>0</text>" in html
    assert "<title>alt</title>" in html


def test_a_display_formula_is_left_out_of_the_search_index_and_an_inline_one_is_not(
    hook,
):
    html = hook.chapter_page(
        '<math display="block"><mi>x</mi></math><math display="inline"><mi>y</mi></math>',
    )
    assert '<math display="block" data-search-exclude>' in html
    assert "<math><mi>y</mi></math>" in html  # inline is MathML's default


def test_a_notebook_page_keeps_its_words_in_its_html():
    """A notebook page is left out of the index whole (by the hook), not word by word."""
    html = lighter.notebook_page("<pre>x</pre>")
    assert "data-search-exclude" not in html


def test_the_extension_lightens_what_markdown_renders_after_the_mathml():
    """Any engine that runs the extensions by name gets the lighter page."""
    html = markdown.markdown(
        "Where $a = b + c$.\n\n```python\nx = len(y)\n```\n",
        extensions=[
            "pymdownx.arithmatex",
            "pymdownx.highlight",
            "pymdownx.superfences",
            "nnmaths_site.lighter",
            "nnmaths_site.mathml",
        ],
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )
    assert html.count("<math>") == 3
    assert "xmlns" not in html
    assert "<pre data-search-exclude><span></span><code>x" in html
    assert '<span class="n">' not in html


def test_a_space_at_the_top_of_a_cut_formula_is_kept(hook):
    math = (
        '<math display="inline"><mrow><mi>x</mi><mo>=</mo><mi>ln</mi>'
        '<mspace width="0.1667em" /><mn>2</mn></mrow></math>'
    )
    cut = hook.breakable_math(math)
    assert cut.count("</math>") == 2 and '<mspace width="0.1667em" />' in cut
