"""Running a chapter's page session as a reader would: ``python -m nnmaths.chNN.page``."""

import subprocess
import sys


def python(*arguments: str) -> str:
    """Return what ``python -W error <arguments>`` prints; any warning or stderr fails.

    A subprocess, not runpy: under ``--doctest-modules`` the page module may already be
    imported in this process, and runpy would then warn (an error under filterwarnings).
    """
    result = subprocess.run(
        [sys.executable, "-W", "error", *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={"MPLBACKEND": "Agg", "PATH": ""},
    )
    assert result.stderr == ""
    return result.stdout


def run_page(chapter: str) -> str:
    """Return what ``python -m nnmaths.ch<chapter>.page`` prints."""
    return python("-m", f"nnmaths.ch{chapter}.page")
