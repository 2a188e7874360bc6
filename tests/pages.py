"""Running a chapter's page session as a reader would: ``python -m nnmaths.chNN.page``."""

import pathlib
import re
import runpy
import subprocess
import sys

import keyed

from nnmaths_site.execution import stored_run

ROOT = pathlib.Path(__file__).parents[1]


def python(*arguments: str) -> str:
    """Return what ``python -W error <arguments>`` prints; any warning or stderr fails.

    A subprocess, not runpy: under ``--doctest-modules`` the page module may already be
    imported in this process, and runpy would then warn (an error under filterwarnings).
    Run once per change of the code it runs and the modules that code imports, as the
    pages' outputs are stored (nnmaths_site.execution.stored_run): a warm `make test`
    re-checks only the chapters an edit reaches.
    """
    command = [sys.executable, "-W", "error", *arguments]
    code = arguments[-1] if arguments[0] == "-c" else f"import {arguments[-1]}"
    result = stored_run(
        command, [code], ROOT, env={"MPLBACKEND": "Agg", "PATH": ""}
    )
    if result.returncode != 0:
        raise subprocess.CalledProcessError(
            result.returncode, command, result.stdout, result.stderr
        )
    assert result.stderr == ""
    return result.stdout


def run_page(chapter: str) -> str:
    """Return what ``python -m nnmaths.ch<chapter>.page`` prints."""
    return python("-m", f"nnmaths.ch{chapter}.page")


TEMPLATE = re.compile(r"<template.*?</template>", re.DOTALL)
SVG = re.compile(r"<svg.*?</svg>", re.DOTALL)


def figures(output: str) -> int:
    """How many figures a page prints; an explorable counts once, by its default frame."""
    return TEMPLATE.sub("", output).count("<svg")


def without_figures(output: str) -> str:
    """What a page prints, without its figures: SVG, explorable frames and controls."""
    text = SVG.sub("", TEMPLATE.sub("", output))
    return "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("<")
    )


def printed_after(session: pathlib.Path, capsys) -> set[str]:
    """Run a page module in this process (settings monkeypatched); return the numbers it prints.

    Numbers are written as the prose writes them: no trailing zeros after the point.
    """
    runpy.run_path(str(session), run_name="__main__")
    found = re.findall(
        r"\d+(?:\.\d+)?", without_figures(capsys.readouterr().out)
    )
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in found}


def session_inputs(
    test: pathlib.Path, page: pathlib.Path, session: pathlib.Path
) -> list[tuple[str, pathlib.Path]]:
    """What a test of a page's prose against its session reads, for ``unless_passed``.

    The test file, the page, the session and every ``nnmaths`` module either imports,
    this file (printed_after) and the prose's number finder (test_prose_numbers.py).
    """
    helpers = [
        pathlib.Path(__file__),
        ROOT / "tests" / "test_prose_numbers.py",
    ]
    return [
        *keyed.named(ROOT, page),
        *keyed.with_imports(test, session, *helpers),
    ]
