"""Numbered equations and figures: numbers from the build, references that link, loud errors."""

import markdown
import pytest

from nnmaths_site.numbering import for_notebook

EXTENSIONS = [
    "pymdownx.superfences",
    "md_in_html",
    "admonition",
    "pymdownx.arithmatex",
    "nnmaths_site.numbering",
]


def render(text: str) -> str:
    return markdown.markdown(
        text,
        extensions=EXTENSIONS,
        extension_configs={"pymdownx.arithmatex": {"generic": True}},
    )


PAGE = """\
# 6. A page

By [@eq:forward], and [@fig:cost]; then [@eq:cost].

$$
z_1 = a_0 W_1 \\label{eq:forward}
$$

/// figure | fig:cost
```python
print("drawing")
```

The cost: look at **the plateau**.
///

!!! note "A box"

    $$
    C = \\tfrac12 \\lVert y - a_2 \\rVert^2 \\label{eq:cost}
    $$
"""


def test_equations_are_numbered_in_page_order_with_the_chapter():
    html = render(PAGE)
    assert '<div class="nnmaths-equation" id="eq-forward">' in html
    assert '<span class="nnmaths-equation-number">(6.1)</span>' in html
    assert '<span class="nnmaths-equation-number">(6.2)</span>' in html
    assert "\\label" not in html


def test_a_figure_gets_a_figure_element_and_a_numbered_caption():
    html = render(PAGE)
    assert '<figure class="nnmaths-figure-box" id="fig-cost">' in html
    assert (
        '<figcaption><span class="nnmaths-figure-number">Figure 6.1:</span> '
        "The cost: look at <strong>the plateau</strong>.</figcaption>"
    ) in html
    assert "///" not in html


def test_references_link_to_their_targets_and_read_their_numbers():
    html = render(PAGE)
    assert '<a class="nnmaths-ref" href="#eq-forward">(6.1)</a>' in html
    assert '<a class="nnmaths-ref" href="#fig-cost">Figure 6.1</a>' in html
    assert '<a class="nnmaths-ref" href="#eq-cost">(6.2)</a>' in html


def test_a_page_without_a_chapter_number_counts_from_one():
    html = render("# Notation\n\n$$\nx \\label{eq:x}\n$$\n\nSee [@eq:x].")
    assert '<a class="nnmaths-ref" href="#eq-x">(1)</a>' in html


def test_labels_and_references_inside_code_are_left_alone():
    text = "# 2. T\n\n```text\n\\label{eq:a} [@eq:a]\n///\n```\n\n`[@fig:b]`"
    html = render(text)
    assert "\\label{eq:a} [@eq:a]" in html and "[@fig:b]" in html


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "# 1. T\n\nSee [@eq:missing].",
            "reference [@eq:missing] names no label",
        ),
        (
            "# 1. T\n\n$$\na \\label{eq:a}\n$$\n\n$$\nb \\label{eq:a}\n$$",
            "label 'eq:a' is defined twice",
        ),
        ("/// figure | fig:a\nsvg\n\ncaption", "has no closing '///'"),
        ("/// figure | fig:a\ncaption only\n///", "needs the figure, a blank"),
    ],
)
def test_mistakes_stop_the_build_with_a_message_that_names_them(text, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        render(text)


def test_a_notebook_gets_tags_plain_references_and_bold_captions():
    lines = PAGE.splitlines()
    out = "\n".join(for_notebook(lines))
    assert "z_1 = a_0 W_1 \\tag{6.1}" in out
    assert "By (6.1), and Figure 6.1; then (6.2)." in out
    assert "**Figure 6.1:** The cost: look at **the plateau**." in out
    assert "///" not in out and "[@" not in out
