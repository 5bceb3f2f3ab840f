"""Checks a page that ipsfid writes with `--format html`, as written, with the
same rules as the browser tests (tests/browser/check_page.py), which check it
as rendered: no scripts, event handlers or references outside the page,
every chart an `svg role=img` named by its own <title>, the expected chart
elements. Here also: a print stylesheet that fetches nothing, and review text
escaped. Needs no browser, so it runs everywhere.

usage: html_check.py IPSFID [--exit N] [--count SELECTOR=N]... [--vertices SELECTOR=N]...
                     [--has-text TEXT]... [--hostile] -- ARGS...
SELECTOR is tag, tag.class or .class.
"""
import argparse
import pathlib
import re
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "browser"))
from check_page import judge_dom, selector_spec  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--exit", type=int, default=0)
parser.add_argument("--count", type=selector_spec, action="append", default=[])
parser.add_argument("--vertices", type=selector_spec, action="append", default=[])
parser.add_argument("--has-text", action="append", default=[])
parser.add_argument("--hostile", action="store_true")
parser.add_argument("args", nargs="+")
options = parser.parse_args()

run = subprocess.run([options.binary, *options.args], capture_output=True, text=True)
page = run.stdout
problems = []
if run.returncode != options.exit:
    problems.append(f"exit {run.returncode}, expected {options.exit}: {run.stderr.strip()}")
verdict = judge_dom(page, counts=options.count, vertices=options.vertices, texts=options.has_text)
if not verdict.ok:
    problems.append(verdict.detail)
styles = re.findall(r"<style>(.*?)</style>", page, re.S)
if not page.startswith("<!DOCTYPE html>") or not styles or "@media print" not in styles[0]:
    problems.append("not a self-contained page with a print stylesheet")
if any(re.search(r"url\(|@import", style) for style in styles):
    problems.append("the stylesheet refers to something outside the page")
if options.hostile:
    # tests/fixtures/reviews/valid-hostile-text.yaml: its markup must arrive
    # as text (judge_dom saw no element made of it), its characters escaped.
    if "Site &lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt;" not in page:
        problems.append("the site name was not escaped")
    if "alert(1)" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" not in page:
        problems.append("the evidence was not escaped")
    if "onerror=alert(1)" in page and "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" not in page:
        problems.append("a reviewer's name was not escaped")
for problem in problems:
    print("FAIL:", problem)
print(f"html: {verdict.detail}; {len(problems)} problems")
sys.exit(1 if problems else 0)
