"""Build the site, change a src module, and build again in the same process, as `mkdocs serve` does.

    python tools/serve_rebuild.py FIRST_SITE SECOND_SITE --edit src/nnmaths/x.py OLD NEW
    python tools/serve_rebuild.py FIRST_SITE SECOND_SITE --touch src/nnmaths/x.py

Run it from the project folder. Like `mkdocs serve`, it loads mkdocs.yml afresh for each
build and builds clean (not --dirty), in one Python process. It prints the seconds each
build took as JSON: {"first": ..., "rebuild": ...}.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import time

from mkdocs.commands.build import build
from mkdocs.config import load_config


def build_once(site: pathlib.Path, command: str) -> float:
    """Build into ``site`` as one rebuild of `mkdocs serve`; return the seconds it took."""
    start = time.perf_counter()
    config = load_config(config_file="mkdocs.yml", site_dir=str(site))
    if command == "serve":
        # `mkdocs serve` sends on_startup once, before its first build.
        config.plugins.on_startup(command="serve", dirty=False)
    build(config, dirty=False)
    return time.perf_counter() - start


def change(path: pathlib.Path, edit: list[str] | None) -> None:
    """Replace the first OLD by NEW in ``path``, or only touch it (serve rebuilds on any change)."""
    if edit:
        old, new = edit
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise ValueError(
                f"expected {old!r} in {path}, got a file without it"
            )
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    else:
        os.utime(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "first", type=pathlib.Path, help="where the first build goes"
    )
    parser.add_argument(
        "second", type=pathlib.Path, help="where the rebuild goes"
    )
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--edit", nargs=3, metavar=("PATH", "OLD", "NEW"))
    what.add_argument("--touch", metavar="PATH")
    args = parser.parse_args()
    path = pathlib.Path(args.edit[0] if args.edit else args.touch)
    first = build_once(args.first, "serve")
    change(path, args.edit[1:] if args.edit else None)
    rebuild = build_once(args.second, "rebuild")
    print(json.dumps({"first": round(first, 3), "rebuild": round(rebuild, 3)}))


if __name__ == "__main__":
    main()
