"""Main-thread CPU of loading a page on a phone: `.venv/bin/python bench/cpu.py SITE [BEFORE_SITE]`.

Not in `make test`. Loads each page of ``PAGES`` from a built site (the folder given) at
390 px in the system's Chromium, unthrottled, with a trace; prints the median of 3 runs of
the page's renderer main thread: its CPU time (the trace's thread time, which a busy machine
inflates far less than wall time, so pages can be compared at a load where Lighthouse
cannot), a TBT proxy (the sum over tasks of 4 x CPU - 50 ms, as Lighthouse's 4x slowdown
would count it), style and layout (`UpdateLayoutTree` and `Layout` events alone), the
longest task and the elements loaded. "before" is the same site with the site.css of
BEFORE (read by git: main just before off-screen blocks were skipped), without Material's
`content.lazy` and with anchors.js empty, swapped in by request routing, or, when a second
site is given, that site as built (say, from an earlier commit); "after" is the site as
built. The runs of the two alternate.
"""

from __future__ import annotations

import json
import pathlib
import statistics
import subprocess
import sys

# The site served as bench/lighthouse.py serves it: gzip and cache headers, as Pages.
from lighthouse import serve
from playwright.sync_api import Browser, BrowserContext, Route, sync_playwright

from nnmaths_site.sitekit import CHROMIUM, CHROMIUM_ARGS, ROOT

PAGES = [
    "chapters/03-gradient-descent/",
    "chapters/07-matrix-calculus/",
    "notebooks/03-gradient-descent/",
    "notation/",
]
RUNS = 3
# main before site.css skipped off-screen blocks (issue 18).
BEFORE = "faaf2e2"
CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline"]
TASKS = ("RunTask", "ThreadControllerImpl::RunTask")
COLUMNS = ("cpu", "tbt", "style", "layout", "longest", "dom")


def as_before(context: BrowserContext) -> None:
    """Route the site's own CSS, features and anchor script back to BEFORE's."""
    css = subprocess.run(
        ["git", "show", f"{BEFORE}:docs/stylesheets/site.css"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    text = {"content-type": "text/css"}
    context.route(
        "**/stylesheets/site.css", lambda r: r.fulfill(body=css, headers=text)
    )
    context.route("**/javascripts/anchors.js", lambda r: r.fulfill(body=""))

    def page(route: Route) -> None:
        response = route.fetch()
        body = response.text().replace('"content.lazy", ', "")
        route.fulfill(response=response, body=body)

    context.route(lambda url: url.endswith("/"), page)


def main_thread(events: list[dict]) -> tuple[tuple[int, int], list[dict]]:
    """The renderer main thread with the most task time (the page's) and its tasks."""
    mains = {
        (e["pid"], e["tid"])
        for e in events
        if e.get("ph") == "M"
        and e.get("name") == "thread_name"
        and e["args"]["name"] == "CrRendererMain"
    }
    tasks: dict[tuple[int, int], list[dict]] = {}
    for e in events:
        thread = (e.get("pid"), e.get("tid"))
        if thread in mains and e.get("name") in TASKS and "tdur" in e:
            tasks.setdefault(thread, []).append(e)
    thread = max(tasks, key=lambda t: sum(e["tdur"] for e in tasks[t]))
    return thread, tasks[thread]


def summary(events: list[dict]) -> dict[str, float]:
    thread, tasks = main_thread(events)
    ms = [e["tdur"] / 1000 for e in tasks]

    def total(name: str) -> float:
        on = [e for e in events if (e.get("pid"), e.get("tid")) == thread]
        return sum(e.get("tdur", 0) for e in on if e.get("name") == name)

    return {
        "cpu": sum(ms),
        "tbt": sum(max(0.0, 4 * t - 50) for t in ms),
        "style": total("UpdateLayoutTree") / 1000,
        "layout": total("Layout") / 1000,
        "longest": max(ms),
    }


def run(browser: Browser, url: str, before: bool) -> dict[str, float]:
    """Load ``url``; ``before``: with BEFORE's CSS, features and anchor script routed in."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    if before:
        as_before(context)
    page = context.new_page()
    browser.start_tracing(page=page, categories=CATEGORIES)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(1500)  # the tasks Material starts after load
    dom = page.evaluate("document.getElementsByTagName('*').length")
    events = json.loads(browser.stop_tracing())["traceEvents"]
    context.close()
    return {**summary(events), "dom": dom}


def row(path: str, variant: str, runs: list[dict[str, float]]) -> str:
    median = [statistics.median(r[c] for r in runs) for c in COLUMNS]
    return f"| {path} | {variant} | " + " | ".join(f"{m:,.0f}" for m in median)


def main(site: str, before_site: str | None = None) -> None:
    with (
        serve(pathlib.Path(site)) as base,
        serve(pathlib.Path(before_site or site)) as before_base,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        for path in PAGES:
            runs: dict[bool, list] = {True: [], False: []}
            for _ in range(RUNS):
                runs[True].append(
                    run(browser, before_base + path, before_site is None)
                )
                runs[False].append(run(browser, base + path, False))
            print(row(path, "before", runs[True]) + " |", flush=True)
            print(row(path, "after", runs[False]) + " |", flush=True)
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
