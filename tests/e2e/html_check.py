"""Checks a page that ipsfid writes with `--format html`, as written (the
browser tests in tests/browser/ check it as rendered): self-contained with a
print stylesheet, no scripts or event handlers, nothing fetched from
elsewhere, every chart an `svg role=img` labelled by its own <title>, the
expected chart elements, and review text escaped.

usage: html_check.py IPSFID [--exit N] [--count SELECTOR=N]... [--vertices SELECTOR=N]...
                     [--has TEXT]... [--hostile] -- ARGS...
SELECTOR is tag, tag.class or .class.
"""
import argparse
import html.parser
import re
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("binary")
parser.add_argument("--exit", type=int, default=0)
parser.add_argument("--count", action="append", default=[])
parser.add_argument("--vertices", action="append", default=[])
parser.add_argument("--has", action="append", default=[])
parser.add_argument("--hostile", action="store_true")
parser.add_argument("args", nargs="+")
options = parser.parse_args()

run = subprocess.run([options.binary, *options.args], capture_output=True, text=True)
page = run.stdout
problems = []
if run.returncode != options.exit:
    problems.append(f"exit {run.returncode}, expected {options.exit}: {run.stderr.strip()}")


def matches(selector, tag, classes):
    name, _, wanted = selector.partition(".")
    return (not name or name == tag) and (not wanted or wanted in classes)


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []  # (tag, classes, attrs)
        self.title_ids = set()
        self.svg_labels = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, (a.get("class") or "").split(), a))
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f"an event handler attribute: {name}")
            if name in ("src", "href") and value and re.match(r"\s*([a-z]+:|//)", value, re.I):
                problems.append(f"a reference to something outside the page: {value}")
        if tag in ("script", "img", "iframe", "object", "embed", "link"):
            problems.append(f"a <{tag}> element")
        if tag == "svg":
            if a.get("role") != "img" or not a.get("aria-labelledby"):
                problems.append("an svg chart without role=img and aria-labelledby")
            self.svg_labels.append(a.get("aria-labelledby"))
        if tag == "title" and a.get("id"):
            self.title_ids.add(a["id"])


dom = Page()
dom.feed(page)
if "<!DOCTYPE html>" not in page or "<style>" not in page or "@media print" not in page:
    problems.append("not a self-contained page with a print stylesheet")
if any(re.search(r"url\(|@import", style) for style in re.findall(r"<style>(.*?)</style>", page, re.S)):
    problems.append("the stylesheet refers to something outside the page")
for label in dom.svg_labels:
    if label not in dom.title_ids:
        problems.append(f"a chart labelled by '{label}', which is no <title>")
for expectation in options.count:
    selector, _, wanted = expectation.rpartition("=")
    found = sum(matches(selector, tag, classes) for tag, classes, _ in dom.elements)
    if found != int(wanted):
        problems.append(f"{found} elements {selector}, expected {wanted}")
for expectation in options.vertices:
    selector, _, wanted = expectation.rpartition("=")
    shapes = [attrs for tag, classes, attrs in dom.elements if matches(selector, tag, classes)]
    points = [len(attrs.get("points", "").split()) for attrs in shapes]
    if points != [int(wanted)]:
        problems.append(f"{selector} vertices: {points}, expected one shape with {wanted}")
for text in options.has:
    if text not in page:
        problems.append(f"missing: {text}")
if options.hostile:
    # tests/fixtures/reviews/valid-hostile-text.yaml: its markup must arrive
    # as text (no element was made of it, see above), its characters escaped.
    if "Site &lt;script&gt;alert(&#39;site&#39;)&lt;/script&gt;" not in page:
        problems.append("the site name was not escaped")
    if "alert(1)" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" not in page:
        problems.append("the evidence was not escaped")
    if "onerror=alert(1)" in page and "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" not in page:
        problems.append("a reviewer's name was not escaped")
for problem in problems:
    print("FAIL:", problem)
print(f"html: {len(dom.elements)} elements, {len(dom.svg_labels)} charts, {len(problems)} problems")
sys.exit(1 if problems else 0)
