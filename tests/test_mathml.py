"""nnmaths_site.mathml: TeX as MathML, on Markdown pages and notebook pages."""

import markdown

from nnmaths_site.mathml import (
    drop_cdn_scripts,
    mathml,
    typeset_notebook_page,
)

ARITHMATEX = {"pymdownx.arithmatex": {"generic": True}}


def test_unknown_tex_is_reported_so_the_strict_build_fails(caplog):
    assert "<mfrac>" in mathml(r"\frac{1}{2}", display=False, where="page.md")
    assert not caplog.records
    mathml(r"\notacommand x", display=True, where="page.md")
    assert r"page.md: cannot typeset \notacommand" in caplog.text


def test_math_is_typeset_by_a_markdown_extension_without_mkdocs():
    """What any engine runs: Python-Markdown with arithmatex and the extension, by name."""
    html = markdown.markdown(
        "Inline $z = a W$ and display\n\n$$\n\\frac{1}{2}\n$$\n",
        extensions=["pymdownx.arithmatex", "nnmaths_site.mathml"],
        extension_configs=ARITHMATEX,
    )
    assert html.count("<math ") == 2
    assert 'display="block"' in html and 'display="inline"' in html
    assert 'class="arithmatex"' not in html


def test_an_aligned_formula_is_laid_out_as_a_table():
    html = markdown.markdown(
        "$$\n\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}\n$$",
        extensions=["pymdownx.arithmatex", "nnmaths_site.mathml"],
        extension_configs=ARITHMATEX,
    )
    assert "<mtable" in html and r"\begin" not in html


def test_a_notebook_cells_dollars_become_mathml_and_its_code_keeps_them():
    page = (
        '<div class="jp-Cell jp-MarkdownCell" data-mime-type="text/markdown">'
        "<p>The cost $C = e^2$ and</p><p>$$\\sigma(z)$$</p></div>"
        '<div class="jp-Cell jp-CodeCell"><pre>price = "$5 or $6"</pre></div>'
    )
    html = typeset_notebook_page(page, "notebooks/n.ipynb")
    assert html.count("<math ") == 2
    assert 'display="block"' in html
    assert 'price = "$5 or $6"' in html


def test_a_notebook_page_loses_the_scripts_it_would_load_from_a_cdn():
    page = (
        "<head><!-- Load mathjax --><script src='https://cdn/x.js'></script>"
        "<!-- End of mathjax configuration -->"
        '<script type="module">import mermaid from "https://cdn/m.js"</script>'
        "<script>keep()</script></head>"
    )
    assert drop_cdn_scripts(page) == "<head><script>keep()</script></head>"


def test_infinity_is_a_symbol_not_a_spaced_operator():
    markup = mathml(r"\sum_t \eta_t = \infty,", display=False, where="page.md")
    assert (
        "<mi>&#x0221E;</mi>" in markup and "<mo>&#x0221E;</mo>" not in markup
    )


def test_absolute_value_bars_are_one_group_with_their_script():
    markup = mathml(r"|x|^2 < 1", display=False, where="page.md")
    assert markup.count("<mrow>") == 2  # the formula's row and the bars' group
    assert "<msup><mrow><mo>&#x0007C;</mo>" in markup
