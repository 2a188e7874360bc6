"""Time the contributor loop: `make bench` (or `python bench/run.py` in the virtual environment).

(a) a cold `mkdocs build --strict`, executing every block;
(b) the same build with execution off (NNMATHS_EXEC=0, see hooks/nnmaths_build.py);
(c) a rebuild after touching a src module, in the process that built first, as `mkdocs serve` does;
(d) the whole test suite, `python -m pytest`.

Each is run --runs times (3 by default) and the median is printed, with the ratio a/b and the
targets for a 2-core machine. Builds go to a temporary folder; nothing in the tree changes
but the touched module's modification time.
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

ROOT = pathlib.Path(__file__).resolve().parents[1]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
TARGETS = {"a/b": 1.5, "c": 2.0, "d": 60.0}


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    """Run a command in the project folder; stop with its output if it fails."""
    result = subprocess.run(
        command, cwd=ROOT, env=env or ENV, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    run(command, env)
    return time.perf_counter() - start


def cold_build(scratch: pathlib.Path, execute: bool) -> float:
    # Cold means no executed notebook is reused from mkdocs-jupyter's cache either.
    shutil.rmtree(ROOT / ".cache" / "mkdocs-jupyter", ignore_errors=True)
    site = tempfile.mkdtemp(dir=scratch)
    env = {**ENV, "NNMATHS_EXEC": "1" if execute else "0"}
    return timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", site], env)


def serve_rebuild(scratch: pathlib.Path, module: str) -> float:
    first, second = tempfile.mkdtemp(dir=scratch), tempfile.mkdtemp(dir=scratch)
    script = str(ROOT / "tools" / "serve_rebuild.py")
    output = run([sys.executable, script, first, second, "--touch", module])
    return float(json.loads(output.splitlines()[-1])["rebuild"])


def test_suite() -> float:
    return timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"])


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def machine() -> str:
    cpuinfo = pathlib.Path("/proc/cpuinfo")
    lines = cpuinfo.read_text().splitlines() if cpuinfo.exists() else []
    model = next((line.split(":", 1)[1].strip() for line in lines if "model name" in line), "?")
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}"


def measure(runs: int, touch: str, tests: bool) -> dict[str, float]:
    """Return the median seconds of (a) to (d), and the ratio a/b."""
    with tempfile.TemporaryDirectory(prefix="nnmaths-bench-") as folder:
        scratch = pathlib.Path(folder)
        times = {
            "a": median_of(runs, lambda: cold_build(scratch, execute=True)),
            "b": median_of(runs, lambda: cold_build(scratch, execute=False)),
            "c": median_of(runs, lambda: serve_rebuild(scratch, touch)),
        }
    if tests:
        times["d"] = median_of(runs, test_suite)
    times["a/b"] = times["a"] / times["b"]
    return times


def report(times: dict[str, float], touch: str) -> None:
    """Print one line per measurement, with its target and whether it was met."""
    labels = {
        "a": "(a) cold strict build, executing",
        "b": "(b) cold strict build, NNMATHS_EXEC=0 (pages and notebooks)",
        "c": f"(c) serve rebuild after touching {touch}",
        "d": "(d) whole test suite",
        "a/b": "ratio a/b",
    }
    for key, label in labels.items():
        if key in times:
            target = TARGETS.get(key)
            verdict = "" if target is None else f"  (target <= {target}: "
            verdict += "" if target is None else ("met)" if times[key] <= target else "MISSED)")
            unit = "" if key == "a/b" else " s"
            print(f"{label:<58} {times[key]:7.2f}{unit}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement")
    parser.add_argument("--touch", default="src/nnmaths/network.py", help="module for (c)")
    parser.add_argument("--skip-tests", action="store_true", help="leave out (d)")
    args = parser.parse_args()
    times = measure(args.runs, args.touch, tests=not args.skip_tests)
    print(f"machine: {machine()}; median of {args.runs} runs")
    report(times, args.touch)


if __name__ == "__main__":
    main()
