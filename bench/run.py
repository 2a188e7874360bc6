"""Time the contributor loop: `make bench` (or `python bench/run.py` in the virtual environment).

(a) a cold `mkdocs build --strict`, executing every block and notebook (no stored outputs);
(b) the same build with execution off (NNMATHS_EXEC=0, see hooks/nnmaths_build.py);
(c) a rebuild after touching a src module, in the process that built first, as `mkdocs serve`
    does (a touch changes no content, so every stored output is reused);
(d) the whole test suite, `python -m pytest`, with the outputs the builds before it stored;
(e) a warm build: the same as (a) right after another build, nothing changed;
(f) a serve rebuild after editing a module that one chapter imports (a docstring changes):
    that chapter re-executes, every other page reuses its stored outputs.

Each is run --runs times (3 by default) and the median is printed, with the ratios to (b)
and the targets for a 2-core machine. Builds go to a temporary folder; the edited module is
restored, and nothing in the tree changes but .cache/ and the touched module's mtime.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from nnmaths_site.sitekit import CACHE, ROOT, build_env, mkdocs_build

TARGETS = {"a/b": 2.0, "e/b": 1.1, "f": 1.5, "d": 45.0}
LABELS = {
    "a": "(a) cold strict build, executing (no stored outputs)",
    "b": "(b) cold strict build, NNMATHS_EXEC=0 (pages and notebooks)",
    "c": "(c) serve rebuild after touching {touch}",
    "d": "(d) whole test suite",
    "e": "(e) warm strict build, nothing changed",
    "f": "(f) serve rebuild after editing {edit}",
    "a/b": "ratio a/b",
    "e/b": "ratio e/b",
}


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    """Run a command in the project folder; stop with its output if it fails."""
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env or build_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.exit(
            f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    run(command, env)
    return time.perf_counter() - start


def forget_outputs() -> None:
    """Remove every stored output (ours and mkdocs-jupyter's), as on a fresh clone."""
    shutil.rmtree(ROOT / CACHE, ignore_errors=True)
    shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)


def build(scratch: pathlib.Path, execute: bool, cold: bool) -> float:
    if cold:
        forget_outputs()
    site = tempfile.mkdtemp(dir=scratch)
    start = time.perf_counter()
    result = mkdocs_build(
        ROOT, site, "-q", NNMATHS_EXEC="1" if execute else "0"
    )
    if result.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{result.stderr}")
    return time.perf_counter() - start


def serve_rebuild(scratch: pathlib.Path, *change: str) -> float:
    first, second = (
        tempfile.mkdtemp(dir=scratch),
        tempfile.mkdtemp(dir=scratch),
    )
    script = str(ROOT / "tools" / "serve_rebuild.py")
    output = run([sys.executable, script, first, second, *change])
    return float(json.loads(output.splitlines()[-1])["rebuild"])


def edited_rebuild(scratch: pathlib.Path, module: str) -> float:
    """(f): edit a docstring of ``module`` between two builds, then put the module back."""
    path = ROOT / module
    original = path.read_text(encoding="utf-8")
    try:
        return serve_rebuild(
            scratch, "--edit", module, '"""', f'"""Edited {time.time()}. '
        )
    finally:
        path.write_text(original, encoding="utf-8")


def test_suite() -> float:
    return timed(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    )


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def machine() -> str:
    cpuinfo = pathlib.Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in lines
            if "model name" in line
        ),
        "?",
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}, load {load:.1f}"


def measure(runs: int, touch: str, edit: str, tests: bool) -> dict[str, float]:
    """Return the median seconds of (a) to (f), and the ratios a/b and e/b."""
    with tempfile.TemporaryDirectory(prefix="nnmaths-bench-") as folder:
        scratch = pathlib.Path(folder)
        times = {
            "a": median_of(
                runs, lambda: build(scratch, execute=True, cold=True)
            ),
            "b": median_of(
                runs, lambda: build(scratch, execute=False, cold=True)
            ),
        }
        build(scratch, execute=True, cold=False)  # store every output again
        times["e"] = median_of(
            runs, lambda: build(scratch, execute=True, cold=False)
        )
        times["c"] = median_of(
            runs, lambda: serve_rebuild(scratch, "--touch", touch)
        )
        times["f"] = median_of(runs, lambda: edited_rebuild(scratch, edit))
    if tests:
        times["d"] = median_of(runs, test_suite)
    times["a/b"] = times["a"] / times["b"]
    times["e/b"] = times["e"] / times["b"]
    return times


def report(times: dict[str, float], touch: str, edit: str) -> None:
    """Print one line per measurement, with its target and whether it was met."""
    for key, label in LABELS.items():
        if key in times:
            target = TARGETS.get(key)
            verdict = "" if target is None else f"  (target <= {target}: "
            verdict += (
                ""
                if target is None
                else ("met)" if times[key] <= target else "MISSED)")
            )
            unit = "" if "/" in key else " s"
            text = label.format(touch=touch, edit=edit)
            print(f"{text:<66} {times[key]:7.2f}{unit}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=3, help="runs of each measurement"
    )
    parser.add_argument(
        "--touch", default="src/nnmaths/network.py", help="module for (c)"
    )
    parser.add_argument(
        "--edit",
        default="src/nnmaths/training.py",
        help="module for (f), used by one chapter",
    )
    parser.add_argument(
        "--skip-tests", action="store_true", help="leave out (d)"
    )
    args = parser.parse_args()
    times = measure(
        args.runs, args.touch, args.edit, tests=not args.skip_tests
    )
    print(f"machine: {machine()}; median of {args.runs} runs")
    report(times, args.touch, args.edit)


if __name__ == "__main__":
    main()
