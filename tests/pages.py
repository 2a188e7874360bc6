"""Running a chapter's page session as a reader would: ``python -m nnmaths.chNN.page``."""

import subprocess
import sys


def run_page(chapter: str) -> str:
    """Return what ``python -m nnmaths.ch<chapter>.page`` prints; any warning or stderr fails.

    A subprocess, not runpy: under ``--doctest-modules`` the page module may already be
    imported in this process, and runpy would then warn (an error under filterwarnings).
    """
    result = subprocess.run(
        [sys.executable, "-W", "error", "-m", f"nnmaths.ch{chapter}.page"],
        capture_output=True,
        text=True,
        check=True,
        env={"MPLBACKEND": "Agg", "PATH": ""},
    )
    assert result.stderr == ""
    return result.stdout
