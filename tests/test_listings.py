"""The listings extension drops doctest examples from executed Python blocks, and nothing else."""

import markdown

from nnmaths_site.listings import strip_checks, strip_examples

FUNCTION = '''\
def cost(y, a2):
    """Return C = 1/2 ||y - a2||^2.

    ``y`` and ``a2`` are both (m, k).

    >>> cost([[0.0]], np.array([[0.5]]))
    0.125
    >>> cost([[0.0]], np.array([[0.5],
    ...                         [1.0]]))
    Traceback (most recent call last):
    ValueError: y: expected shape (2, 1), got shape (1, 1)
    """
    return float(0.5 * np.sum((y - a2) ** 2))'''

LISTED = '''\
def cost(y, a2):
    """Return C = 1/2 ||y - a2||^2.

    ``y`` and ``a2`` are both (m, k).
    """
    return float(0.5 * np.sum((y - a2) ** 2))'''


def test_examples_and_their_output_go_and_the_text_stays():
    assert strip_examples(FUNCTION.splitlines()) == LISTED.splitlines()


def test_a_docstring_left_with_its_summary_closes_on_one_line():
    code = [
        "def f():",
        '    """Return 1.',
        "",
        "    >>> f()",
        "    1",
        '    """',
        "    return 1",
    ]
    assert strip_examples(code) == [
        "def f():",
        '    """Return 1."""',
        "    return 1",
    ]


def test_prompts_outside_docstrings_are_code_and_stay():
    code = ['print(">>> not an example")', "x = [", "    1,", "]"]
    assert strip_examples(code) == code


def render(text: str) -> str:
    return markdown.markdown(
        text, extensions=["pymdownx.superfences", "nnmaths_site.listings"]
    )


def test_only_executed_python_blocks_lose_their_examples():
    executed = render(f'```python exec="1"\n{FUNCTION}\n```\n\n' * 2)
    assert "&gt;&gt;&gt;" not in executed and executed.count("(m, k)") == 2
    for info in ["python", "pycon"]:
        assert (
            render(f"```{info}\n{FUNCTION}\n```").count("&gt;&gt;&gt;") == 2
        ), info


CHECKED = '''\
from nnmaths.checks import check_positive, checked


def forward(x, W1, learning_rate):
    """Return z1 = x W1."""
    x = checked("x", x, (None, 3))
    W1 = checked(
        "W1", W1, (3, None)
    )
    check_positive("learning_rate", learning_rate)
    a0 = checked("x", x, (None, 3))
    return a0 @ W1'''


def test_input_checks_are_hidden_and_the_maths_stays():
    assert strip_checks(CHECKED.splitlines()) == [
        "",
        "",
        "def forward(x, W1, learning_rate):",
        '    """Return z1 = x W1."""',
        '    a0 = checked("x", x, (None, 3))',
        "    return a0 @ W1",
    ]


def test_code_that_is_not_whole_statements_is_left_alone():
    code = ["    x = checked('x', x, (3,))", "  return x"]
    assert strip_checks(code) == code


def test_the_checks_own_listing_keeps_its_lines():
    body = 'check_positive("eta", 1.0)\nprint("shown")'
    listing = render(
        f'```python exec="1" title="src/nnmaths/checks.py"\n{body}\n```'
    )
    assert "check_positive" in listing
    elsewhere = render(
        f'```python exec="1" title="src/nnmaths/x.py"\n{body}\n```'
    )
    assert "check_positive" not in elsewhere and "shown" in elsewhere


def test_checks_inside_loops_and_check_functions_stay():
    code = [
        "def checked_layers(layers):",
        '    checked("W", layers[0], (None, None))',
        "    return layers",
        "def forward(layers):",
        "    for W in layers:",
        '        checked("W", W, (None, None))',
        "    return layers",
    ]
    assert strip_checks(code) == code


def test_checks_in_an_indented_fence_are_hidden_too():
    # a fence inside an admonition (a worked solution) is indented as a whole
    indented = ["    " + line if line else "" for line in CHECKED.splitlines()]
    expected = strip_checks(CHECKED.splitlines())
    assert strip_checks(indented) == [
        "    " + line if line else "" for line in expected
    ]


def test_machinery_blocks_are_marked_for_print_and_others_are_not():
    md = markdown.Markdown(extensions=["md_in_html", "nnmaths_site.listings"])
    html = md.convert(
        '<details class="note" markdown="1">\n<summary>How this figure is drawn'
        "</summary>\n\ncode\n\n</details>\n\n"
        '<details class="note" markdown="1">\n<summary>Minor corrections'
        "</summary>\n\ntext\n\n</details>"
    )
    assert html.count("nnmaths-machinery") == 1
    assert '<details class="note nnmaths-machinery">' in html
