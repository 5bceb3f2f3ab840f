"""Checks a self-contained HTML report from `ipsfid score --format html`:
well-formed enough to parse, no scripts, nothing fetched from elsewhere, one
radar vertex per principle and one bar per item, every chart with a text
equivalent, and review text escaped.

usage: html_check.py IPSFID REVIEW [--hostile]
"""
import html.parser
import re
import subprocess
import sys

binary, review = sys.argv[1], sys.argv[2]
hostile = "--hostile" in sys.argv
page = subprocess.run([binary, "score", review, "--format", "html"], capture_output=True, text=True, check=True).stdout
problems = []


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.open_svg = 0
        self.svg_titles = 0
        self.in_svg_title = False
        self.radar_points = None
        self.bars = 0
        self.images = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f"an event handler attribute: {name}")
            if name in ("src", "href") and value and re.match(r"(https?:)?//", value):
                problems.append(f"a reference to another site: {value}")
        if tag == "polygon" and a.get("class") == "principles":
            self.radar_points = a.get("points", "").split()
        if tag == "rect" and (a.get("class") or "").startswith("bar "):
            self.bars += 1
        if tag == "svg":
            if a.get("role") != "img" or not a.get("aria-labelledby"):
                problems.append("an svg chart without role=img and aria-labelledby")
        if tag == "img":
            self.images += 1


parser = Page()
parser.feed(page)
if "script" in parser.tags:
    problems.append("a <script> element")
if parser.images:
    problems.append("an <img> element")
if "<!DOCTYPE html>" not in page or "<style>" not in page or "@media print" not in page:
    problems.append("not a self-contained page with a print stylesheet")
if parser.radar_points is None or len(parser.radar_points) != 8:
    problems.append(f"radar vertices: {parser.radar_points}")
if parser.bars != 25:
    problems.append(f"{parser.bars} bars, expected 25")
if page.count("<title id=") != 3:
    problems.append("each of the three charts needs a <title>")
if hostile:
    # The review's markup must arrive as text: no elements made of it, and
    # its characters escaped.
    for tag in ("iframe", "img", "script"):
        if tag in parser.tags:
            problems.append(f"review text became a <{tag}> element")
    if "&lt;script&gt;alert(1)&lt;/script&gt;" not in page or "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" not in page:
        problems.append("review text was not escaped")
for problem in problems:
    print("FAIL:", problem)
print(f"html: {len(problems)} problems")
sys.exit(1 if problems else 0)
