"""Every code block a page shows is titled with the file its code comes from."""

import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).parents[1] / "docs"
PAGES = sorted(DOCS.glob("chapters/*.md"))
FENCE = re.compile(
    r"^ *```python (?P<options>[^\n]*)\n(?P<body>.*?)^ *```",
    re.MULTILINE | re.DOTALL,
)
INCLUDE = re.compile(r'--8<-- "(?P<file>[^":]+)(?::[^"]*)?"')


def shown_blocks(text: str) -> list[tuple[str | None, set[str]]]:
    """Return (title, files included) for each block whose source appears on the page."""
    blocks = []
    for fence in FENCE.finditer(text):
        if 'source="above"' not in fence["options"]:
            continue
        title = re.search(r'title="([^"]*)"', fence["options"])
        files = {m["file"] for m in INCLUDE.finditer(fence["body"])}
        blocks.append((title[1] if title else None, files))
    return blocks


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_every_shown_block_is_titled_with_the_one_file_it_includes(page):
    for title, files in shown_blocks(page.read_text()):
        assert files, f"{page.name}: a shown block includes no file"
        assert {title} == files, (
            f"{page.name}: block titled {title!r} includes {sorted(files)}"
        )


def test_the_check_finds_a_block_whose_title_names_another_file():
    text = (
        '```python exec="1" source="above" title="src/nnmaths/crossentropy.py"\n'
        '--8<-- "src/nnmaths/softmax.py:log_softmax"\n```\n'
    )
    assert shown_blocks(text) == [
        ("src/nnmaths/crossentropy.py", {"src/nnmaths/softmax.py"})
    ]
