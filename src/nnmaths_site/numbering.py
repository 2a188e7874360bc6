"""Numbered equations and figures, and references to them: a Python-Markdown extension.

A chapter labels a display formula with ``\\label{eq:NAME}`` inside its ``$$``
block, and wraps a figure and its caption in a figure block::

    /// figure | fig:NAME
    ```python exec="1" html="1" session="ch06"
    --8<-- "src/nnmaths/ch06/page.py:cost_figure"
    ```

    The caption: one or two sentences saying what to look at.
    ///

The last paragraph of the block is the caption. The prose refers to either by
``[@eq:NAME]``, which reads "(6.1)", or ``[@fig:NAME]``, which reads
"Figure 6.2"; both link to their target. Numbers run in page order and take the
chapter's number from the page's ``# 6. Title`` heading, so no number is ever
typed. A reference to a label the page does not define, a label defined twice
or a figure block left open stops the build with a message that names it.

In mkdocs.yml (after ``pymdownx.arithmatex`` and ``md_in_html``)::

    markdown_extensions:
      - nnmaths_site.numbering
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass

from markdown import Extension, Markdown
from markdown.inlinepatterns import InlineProcessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

CHAPTER = re.compile(r"^#\s+(\d+)\.\s")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
FIGURE_OPEN = re.compile(r"^/// figure \| fig:(?P<name>[\w-]+)\s*$")
FIGURE_CLOSE = "///"
LABEL = re.compile(r"\\label\{eq:(?P<name>[\w-]+)\}")
REFERENCE = r"\[@(?P<kind>eq|fig):(?P<name>[\w-]+)\]"


@dataclass(frozen=True)
class Target:
    """What a reference to one label links to and reads as."""

    anchor: str  # the element's id, e.g. "eq-forward"
    text: str  # what the reference reads, e.g. "(6.1)" or "Figure 6.2"


def chapter_of(lines: list[str]) -> str | None:
    """Return the chapter number from a ``# 6. Title`` heading, or None.

    >>> chapter_of(["", "# 6. A simple network", "text"])
    '6'
    >>> chapter_of(["# Notation"]) is None
    True
    """
    for line in lines:
        found = CHAPTER.match(line)
        if found:
            return found[1]
        if line.startswith("# "):
            return None
    return None


def numbered(chapter: str | None, k: int) -> str:
    """Return the k-th number of a chapter: ``6.2``, or ``2`` on a page without one.

    >>> numbered("6", 2), numbered(None, 2)
    ('6.2', '2')
    """
    return f"{chapter}.{k}" if chapter else str(k)


def outside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it stands outside a fenced code block."""
    flags: list[bool] = []
    mark: str | None = None
    for line in lines:
        fence = FENCE.match(line)
        if mark is None:
            flags.append(fence is None)
            mark = fence[1] if fence else None
        else:
            flags.append(False)
            if (
                fence
                and fence[1].startswith(mark)
                and not line.strip()[len(fence[1]) :]
            ):
                mark = None
    return flags


def collect_targets(lines: list[str]) -> dict[str, Target]:
    """Number every equation label and figure block of a page, in page order.

    >>> page = ["# 3. Descent", "$$", r"x \\label{eq:step}", "$$",
    ...         "/// figure | fig:path", "svg", "", "A caption.", "///"]
    >>> collect_targets(page)["eq:step"]
    Target(anchor='eq-step', text='(3.1)')
    >>> collect_targets(page)["fig:path"].text
    'Figure 3.1'
    """
    chapter = chapter_of(lines)
    targets: dict[str, Target] = {}
    counts = {"eq": 0, "fig": 0}
    for line, outside in zip(lines, outside_fences(lines)):
        if not outside:
            continue
        found = [("fig", m["name"]) for m in [FIGURE_OPEN.match(line)] if m]
        found += [("eq", m["name"]) for m in LABEL.finditer(line)]
        for kind, name in found:
            key = f"{kind}:{name}"
            if key in targets:
                raise ValueError(
                    f"label {key!r} is defined twice on this page"
                )
            counts[kind] += 1
            number = numbered(chapter, counts[kind])
            text = f"({number})" if kind == "eq" else f"Figure {number}"
            targets[key] = Target(f"{kind}-{name}", text)
    return targets


def split_caption(body: list[str]) -> tuple[list[str], list[str]]:
    """Split a figure block's lines into the figure and its last paragraph, the caption.

    >>> split_caption(["```", "draw()", "```", "", "What to see.", ""])
    (['```', 'draw()', '```'], ['What to see.'])
    """
    while body and not body[-1].strip():
        body = body[:-1]
    flags = outside_fences(body)
    blank = [i for i, line in enumerate(body) if flags[i] and not line.strip()]
    if not blank or not body:
        raise ValueError(
            "a figure block needs the figure, a blank line, then its caption"
        )
    return body[: blank[-1]], body[blank[-1] + 1 :]


def figure_html(
    target: Target, body: list[str], caption: list[str]
) -> list[str]:
    """The md_in_html form of one figure block: a <figure> with a numbered <figcaption>."""
    label = f'<span class="nnmaths-figure-number">{target.text}:</span>'
    text = " ".join(line.strip() for line in caption)
    return [
        f'<figure class="nnmaths-figure-box" id="{target.anchor}" markdown="1">',
        "",
        *body,
        "",
        f'<figcaption markdown="span">{label} {text}</figcaption>',
        "</figure>",
    ]


class FigureBlocks(Preprocessor):
    """Number the page's labels, and turn each figure block into a <figure>."""

    def run(self, lines: list[str]) -> list[str]:
        targets = collect_targets(lines)
        self.md.nnmaths_targets = targets  # read by the other two processors
        out: list[str] = []
        i = 0
        flags = outside_fences(lines)
        while i < len(lines):
            opening = FIGURE_OPEN.match(lines[i]) if flags[i] else None
            if not opening:
                out.append(lines[i])
                i += 1
                continue
            end = next(
                (
                    j
                    for j in range(i + 1, len(lines))
                    if flags[j] and lines[j].strip() == FIGURE_CLOSE
                ),
                None,
            )
            if end is None:
                raise ValueError(
                    f"figure block fig:{opening['name']} has no closing '///'"
                )
            body, caption = split_caption(lines[i + 1 : end])
            out += figure_html(
                targets[f"fig:{opening['name']}"], body, caption
            )
            i = end + 1
        return out


class NumberedEquations(Treeprocessor):
    """Wrap each labeled display formula with its anchor and its number at the right."""

    def run(self, root: etree.Element) -> None:
        targets: dict[str, Target] = getattr(self.md, "nnmaths_targets", {})
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                label = (
                    LABEL.search(child.text or "")
                    if child.get("class") == "arithmatex"
                    else None
                )
                if label:
                    self.wrap(
                        parent, index, child, targets[f"eq:{label['name']}"]
                    )

    def wrap(
        self,
        parent: etree.Element,
        index: int,
        math: etree.Element,
        target: Target,
    ) -> None:
        # An AtomicString stays atomic: inline patterns must not touch the TeX.
        math.text = AtomicString(LABEL.sub("", math.text or ""))
        box = etree.Element(
            "div", {"class": "nnmaths-equation", "id": target.anchor}
        )
        parent.remove(math)
        parent.insert(index, box)
        box.append(math)
        number = etree.SubElement(
            box, "span", {"class": "nnmaths-equation-number"}
        )
        number.text = target.text


class References(InlineProcessor):
    """``[@eq:NAME]`` and ``[@fig:NAME]``: a link that reads the target's number."""

    def handleMatch(
        self, m: re.Match[str], data: str
    ) -> tuple[etree.Element, int, int]:
        targets: dict[str, Target] = getattr(self.md, "nnmaths_targets", {})
        key = f"{m['kind']}:{m['name']}"
        if key not in targets:
            known = ", ".join(sorted(targets)) or "none"
            raise ValueError(
                f"reference [@{key}] names no label on this page (labels: {known})"
            )
        link = etree.Element(
            "a", {"class": "nnmaths-ref", "href": f"#{targets[key].anchor}"}
        )
        link.text = targets[key].text
        return link, m.start(0), m.end(0)


class NumberingExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # Before listings (28) and superfences (25), after snippets (32) has included code.
        md.preprocessors.register(FigureBlocks(md), "nnmaths_figures", 29)
        # After the block parser made arithmatex's <div>s; before inline patterns (20).
        md.treeprocessors.register(
            NumberedEquations(md), "nnmaths_equations", 25
        )
        # Above links (160), below code spans (190), so `[@eq:x]` in code stays code.
        md.inlinePatterns.register(
            References(REFERENCE, md), "nnmaths_references", 175
        )


def makeExtension(**kwargs: object) -> NumberingExtension:
    return NumberingExtension(**kwargs)


def for_notebook(lines: list[str]) -> list[str]:
    """Write a page's numbering as plain Markdown, for a notebook that has no extension.

    A labeled formula gets ``\\tag{6.1}`` (MathJax and KaTeX both show it), a
    reference reads its number as text, and a figure block becomes its figure
    followed by its caption in bold.

    >>> for_notebook(["# 2. T", "$$", r"a \\label{eq:a}", "$$", "By [@eq:a]."])
    ['# 2. T', '$$', 'a \\\\tag{2.1}', '$$', 'By (2.1).']
    """
    targets = collect_targets(lines)
    flags = outside_fences(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        opening = FIGURE_OPEN.match(lines[i]) if flags[i] else None
        if not opening:
            out.append(_plain(lines[i], targets) if flags[i] else lines[i])
            i += 1
            continue
        end = next(
            j
            for j in range(i + 1, len(lines))
            if flags[j] and lines[j].strip() == FIGURE_CLOSE
        )
        body, caption = split_caption(lines[i + 1 : end])
        text = " ".join(s.strip() for s in caption)
        number = targets[f"fig:{opening['name']}"].text
        out += [*body, "", _plain(f"**{number}:** {text}", targets)]
        i = end + 1
    return out


def _plain(line: str, targets: dict[str, Target]) -> str:
    """One line of prose with its labels as tags and its references as text."""
    line = LABEL.sub(
        lambda m: rf"\tag{{{targets['eq:' + m['name']].text[1:-1]}}}", line
    )
    return re.sub(
        REFERENCE, lambda m: targets[f"{m['kind']}:{m['name']}"].text, line
    )
