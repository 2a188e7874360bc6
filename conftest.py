"""Let pytest-markdown-docs see each page as the site build sees it.

Two things happen during ``mkdocs build`` before a Python block runs:
pymdownx.snippets replaces each ``--8<--`` line with a section of a module in
``src/``, and markdown-exec runs all blocks that share a ``session`` in one
namespace. The parser below does the same for the tests: it expands the
snippets with the settings in mkdocs.yml, leaves out the input checks as the
listings do (``nnmaths_site.listings``), and runs the blocks of a session as
one test, in page order, in one namespace.
"""

import pathlib
import re

import keyed
import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

# The build's own snippet expansion (src/nnmaths_site/sitekit.py).
from nnmaths_site.listings import CHECKS_TITLE, EXECUTED, check_lines
from nnmaths_site.sitekit import SNIPPET, expand_snippets, expand_with_origins

ROOT = pathlib.Path(__file__).parent
SESSION = re.compile(r'\bsession="([^"]+)"')


def blank_checks(token: Token) -> None:
    """Blank the input checks of an executed fence, as the page leaves them out.

    Blank, not removed: the block keeps the page's line numbers.
    """
    if token.type != "fence" or not EXECUTED.match(token.info):
        return
    if CHECKS_TITLE in token.info:
        return
    lines = token.content.splitlines()
    hidden = check_lines(lines)
    token.content = "".join(
        ("" if i in hidden else line) + "\n" for i, line in enumerate(lines)
    )


def merge_sessions(tokens: list[Token]) -> list[Token]:
    """Fold every fence of a session into the session's first fence, so it runs once.

    markdown-exec runs a session's blocks one after another in one namespace. Chaining them
    as pytest-markdown-docs ``continuation`` fences would rerun all earlier blocks for every
    block, quadratic in the page's length. Blank lines keep each block at its page line.
    """
    first: dict[str, Token] = {}
    kept = []
    for token in tokens:
        match = SESSION.search(token.info) if token.type == "fence" else None
        if match and match.group(1) in first and token.map:
            head = first[match.group(1)]
            assert head.map is not None
            gap = (
                token.map[0] + 1 - (head.map[0] + 1 + head.content.count("\n"))
            )
            head.content += "\n" * max(gap, 1) + token.content
            continue
        if match:
            first[match.group(1)] = token
        kept.append(token)
    return kept


class BuildLikeParser(MarkdownIt):
    """A CommonMark parser that reads pages the way the site build does.

    Fences keep the line numbers of the page as written, so a failing block
    is reported at the line a contributor sees in the editor.
    """

    def parse(self, src: str, env: dict | None = None) -> list[Token]:
        expanded, origins = expand_with_origins(src, ROOT)
        tokens = super().parse(expanded, env)
        for token in tokens:
            blank_checks(token)
            if token.map:
                token.map = [
                    origins[token.map[0]],
                    origins[token.map[1] - 1] + 1,
                ]
        return merge_sessions(tokens)


@pytest.hookimpl
def pytest_markdown_docs_markdown_it() -> MarkdownIt:
    return BuildLikeParser("commonmark")


@pytest.fixture(name="expand_snippets", scope="session")
def expand_snippets_fixture():
    """Give tests the same snippet expansion the build uses."""
    return lambda text: expand_snippets(text, ROOT)


IMPORT = re.compile(
    r"^>>> (?:from (nnmaths[\w.]*) import|import (nnmaths[\w.]*))",
    re.MULTILINE,
)


def doctest_source(page: pathlib.Path, lineno: int) -> str:
    """Name the failing example's ``pycon`` block and the src modules the page's examples import."""
    lines = page.read_text(encoding="utf-8").splitlines()[:lineno]
    fence = next(
        i
        for i in range(len(lines), 0, -1)
        if lines[i - 1].lstrip().startswith("```")
    )
    modules = dict.fromkeys(
        a or b for a, b in IMPORT.findall("\n".join(lines))
    )
    files = [f"src/{name.replace('.', '/')}.py" for name in modules]
    return (
        f"{page.relative_to(ROOT)}: example at line {lineno} of the block at line {fence}"
        f" ({lines[fence - 1].strip()}); source: {', '.join(files) or 'no nnmaths import'}"
        " (the modules the page's examples import up to that line)"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """On a failing doctest in a page, add where it is and which source files it checks."""
    report = yield
    example = getattr(call.excinfo and call.excinfo.value, "example", None)
    page = pathlib.Path(str(item.path))
    if report.failed and example is not None and page.suffix == ".md":
        report.sections.append(
            ("doctest in a page", doctest_source(page, example.lineno + 1))
        )
    # A test keyed on its inputs (tests/keyed.py) is recorded once it has passed.
    keyed.record_if_passed(item, report)
    return report


def page_inputs(page: pathlib.Path) -> list[tuple[str, pathlib.Path]]:
    """What a page's doctests read, for tests/keyed.py.

    The page, the files its snippet lines name, all of ``src/`` (the package its
    examples import, and nnmaths_site, which expands the snippets) and mkdocs.yml (the
    snippet settings); keyed.skip_if_passed adds this file and pyproject.toml.
    """
    lines = page.read_text(encoding="utf-8").splitlines()
    included = [ROOT / m["path"] for m in map(SNIPPET.match, lines) if m]
    return keyed.named(
        ROOT, page, ROOT / "src", ROOT / "mkdocs.yml", *included
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a page's doctests while what they read is unchanged since they passed.

    A chapter's session runs all its code (up to half a minute): a warm `make test`
    runs only the pages an edit reached. NNMATHS_RECHECK=1 runs them all.
    """
    page = pathlib.Path(str(item.path))
    if page.suffix == ".md" and ROOT / "docs" in page.parents:
        keyed.skip_if_passed(item, page_inputs(page))
