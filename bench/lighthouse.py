"""Lighthouse on a phone, page by page: `.venv/bin/python bench/lighthouse.py` (not in `make test`).

Builds the site strictly (or reads one already built, ``--site DIR``), serves it on 127.0.0.1
gzip-compressed and with a ten-minute cache header, as GitHub Pages does, and runs Lighthouse's
mobile preset (a Moto G class phone on slow 4G, 4x CPU slowdown) in the system's Chromium on
every page of the site (``--runs 5`` audits each page five times and keeps the median
run). Prints, per page, the performance and accessibility scores, LCP, TBT,
the bytes transferred and the DOM size; then the largest page's HTML and the search index,
gzipped and projected to eight chapters; and each measure against the issue's target.

Lighthouse comes from npm (Node 18.16 or newer) and is installed on first use into
.cache/lighthouse (ignored by git); nothing else in the tree changes.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from nnmaths_site.sitekit import ROOT, site_pages

LIGHTHOUSE_VERSION = "12.8.2"
INSTALL = ROOT / ".cache" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
COMPRESSED = {
    ".html",
    ".css",
    ".js",
    ".json",
    ".svg",
    ".txt",
    ".xml",
    ".ipynb",
}
# The targets (issue 14) and the chapters the search index is projected to.
TARGETS = {
    "performance": 95,
    "accessibility": 100,
    "html_kb": 300,
    "search_gz_kb": 60,
}
BOOK_CHAPTERS = 8


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files as GitHub Pages does: gzip when the browser accepts it, cached 10 minutes."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> object:  # type: ignore[override]
        path = pathlib.Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()


@contextmanager
def serve(site: pathlib.Path) -> Iterator[str]:
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse() -> pathlib.Path:
    """The Lighthouse command, installed from npm into .cache/lighthouse on first use."""
    command = INSTALL / "node_modules" / ".bin" / "lighthouse"
    if not command.exists():
        if shutil.which("npm") is None:
            sys.exit(
                "bench/lighthouse.py needs Node.js 18.16 or newer and npm"
            )
        INSTALL.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(INSTALL),
             f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )  # fmt: skip
    return command


def build(out: pathlib.Path) -> pathlib.Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "-q",
        "-d",
        str(out),
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return out


@dataclass
class Result:
    path: str
    performance: int
    accessibility: int
    lcp_s: float
    tbt_ms: float
    kib: float
    dom: int
    main_s: float
    style_layout_s: float
    failed: list[str]


def audit(
    command: pathlib.Path, url: str, path: str, scratch: pathlib.Path
) -> Result:
    report = scratch / "report.json"
    subprocess.run(
        [str(command), url + path, "--quiet", "--output=json", f"--output-path={report}",
         "--only-categories=performance,accessibility", "--chrome-flags=--headless --no-sandbox"],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        check=True,
    )  # fmt: skip
    data = json.loads(report.read_text(encoding="utf-8"))
    audits, categories = data["audits"], data["categories"]
    failed = [
        ref["id"]
        for ref in categories["accessibility"]["auditRefs"]
        if ref["weight"] > 0 and audits[ref["id"]]["score"] not in (None, 1)
    ]
    work = audits["mainthread-work-breakdown"]["details"]["items"]
    style_layout = sum(
        i["duration"] for i in work if i["group"] == "styleLayout"
    )
    return Result(
        path=path or "(home)",
        performance=round(100 * categories["performance"]["score"]),
        accessibility=round(100 * categories["accessibility"]["score"]),
        lcp_s=audits["largest-contentful-paint"]["numericValue"] / 1000,
        tbt_ms=audits["total-blocking-time"]["numericValue"],
        kib=audits["total-byte-weight"]["numericValue"] / 1024,
        dom=int(audits["dom-size"]["numericValue"]),
        main_s=audits["mainthread-work-breakdown"]["numericValue"] / 1000,
        style_layout_s=style_layout / 1000,
        failed=failed,
    )


def median_run(runs: list[Result]) -> Result:
    """The run whose performance score is the median of the page's runs."""
    return sorted(runs, key=lambda r: r.performance)[len(runs) // 2]


def gzipped_kb(data: object) -> float:
    return (
        len(gzip.compress(json.dumps(data).encode(), compresslevel=9)) / 1000
    )


def search_index(site: pathlib.Path) -> tuple[float, float]:
    """The search index gzipped, in KB, and projected to the book's eight chapters."""
    index = json.loads(
        (site / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    chapters = [
        doc for doc in index["docs"] if doc["location"].startswith("chapters/")
    ]
    count = len(
        {
            doc["location"].partition("/")[2].partition("/")[0]
            for doc in chapters
        }
    )
    whole, chapter_part = gzipped_kb(index), gzipped_kb(chapters)
    projected = whole + chapter_part * (BOOK_CHAPTERS / max(count, 1) - 1)
    return whole, projected


def report(results: list[Result], site: pathlib.Path) -> bool:
    print(
        "| page | performance | accessibility | LCP | TBT | transferred | DOM elements "
        "| main thread | of it style and layout |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r.path} | {r.performance} | {r.accessibility} | {r.lcp_s:.1f} s "
            f"| {r.tbt_ms:.0f} ms | {r.kib:.0f} KiB | {r.dom:,} | {r.main_s:.1f} s "
            f"| {r.style_layout_s:.1f} s |"
        )
    for r in results:
        if r.failed:
            print(
                f"{r.path}: accessibility audits failed: {', '.join(r.failed)}"
            )
    largest = max(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    html_kb = largest.stat().st_size / 1000
    whole, projected = search_index(site)
    checks = [
        ("performance, every page (min)", min(r.performance for r in results),
         TARGETS["performance"], ">="),
        ("accessibility, every page (min)", min(r.accessibility for r in results),
         TARGETS["accessibility"], ">="),
        (f"largest HTML, KB ({largest.relative_to(site)})", round(html_kb, 1),
         TARGETS["html_kb"], "<="),
        (f"search index gzipped, KB (now {whole:.1f}; projected to {BOOK_CHAPTERS} chapters)",
         round(projected, 1), TARGETS["search_gz_kb"], "<="),
    ]  # fmt: skip
    print("\n| measure | value | target | met |\n|---|---|---|---|")
    met_all = True
    for name, value, target, sense in checks:
        met = value >= target if sense == ">=" else value <= target
        met_all &= met
        print(
            f"| {name} | {value} | {sense} {target} | {'yes' if met else 'NO'} |"
        )
    return met_all


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--site", type=pathlib.Path, help="a built site (default: build one)"
    )
    parser.add_argument(
        "pages",
        nargs="*",
        help="only these pages, e.g. chapters/06-simple-network/",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="audit each page this many times and keep the median run "
        "(by performance): one run on a busy machine is noise",
    )
    args = parser.parse_args()
    command = lighthouse()
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1):
        print(
            f"The machine is busy (load {load:.1f} on {os.cpu_count()} cores): "
            "Total Blocking Time and the performance score will read worse "
            "than on a quiet machine."
        )
    with tempfile.TemporaryDirectory(prefix="nnmaths-lighthouse-") as scratch:
        site = args.site or build(pathlib.Path(scratch) / "site")
        with serve(site) as url:
            results = [
                median_run(
                    [
                        audit(command, url, path, pathlib.Path(scratch))
                        for _ in range(max(args.runs, 1))
                    ]
                )
                for path in args.pages or site_pages(site)
            ]
        report(results, site)


if __name__ == "__main__":
    main()
