#!/usr/bin/env python3
"""Renders the example pages in headless Chromium and keeps the screenshots
in examples/, where README shows them. Each screenshot passes the same
not-blank check as the browser tests.

usage: tests/browser/update_screenshots.py IPSFID     (from the repository root)
Re-run it when the look of a page changes, and commit the PNGs.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

from check_page import attempt, check_screenshot, find_chromium

# name: (ipsfid arguments, window size). The windows show the top of each
# page: the header, the charts and the start of the tables.
PAGES = {
    "report-northgate": (["score", "examples/northgate-good.yaml", "--format", "html"], (1000, 1700)),
    "report-solbacken-sv": (["score", "examples/solbacken-sv.yaml", "--format", "html", "--lang", "sv"], (1000, 1700)),
    "network": (["batch", "examples", "tests/fixtures/batch/north", "--format", "html", "--as-of", "2026-11-22"],
                (1200, 1250)),
}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    binary, examples = sys.argv[1], pathlib.Path("examples")
    chromium = find_chromium(None)
    if not chromium or not examples.is_dir():
        sys.exit("needs Chromium (apt-get install chromium) and the repository root as working directory")
    ok = True
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        for name, (args, size) in PAGES.items():
            page = work / f"{name}.html"
            subprocess.run([binary, *args, "-o", str(page)], check=True, env={"IPSFID_LANG": "en"})
            result = attempt(name, check_screenshot, chromium, page.resolve().as_uri(), work, name, size)
            if result.ok:
                shutil.copyfile(work / f"{name}.png", examples / f"{name}.png")
            ok = ok and result.ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
