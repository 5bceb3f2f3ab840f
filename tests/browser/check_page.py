#!/usr/bin/env python3
"""Checks a self-contained HTML report in a real browser (headless Chromium).

ipsfid's HTML reports promise inline CSS and SVG only: no scripts, nothing
fetched. Only a browser can confirm that, so each check is one Chromium run:
  screenshot  renders a PNG of the asked size that is not blank (decoded here);
  pdf         prints >= 1 page with real text (Tj/TJ operators), A4 with --a4;
  dom         the loaded DOM has the expected elements (--count, --vertices,
              --has-text) and no <script>, on* handler, img/iframe/object/embed/link;
  network     over the DevTools pipe, the page requests only its own file:// URL;
  print width with --a4: laid out for print at the content width of A4, no
              element sticks out (a table that would be cut on paper).
--self-test feeds bad pages through the same checks to prove they can fail.
Standard library only. Exit: 0 passed, 1 a check failed, 2 usage error,
77 no Chromium (CTest's skip code; a failure if IPSFID_REQUIRE_BROWSER=1).
"""
import argparse
import collections
import fcntl
import html.parser
import itertools
import json
import operator
import os
import pathlib
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zlib

TIMEOUT = 60  # seconds allowed for each Chromium launch
LINGER = 1.0  # seconds to keep listening after the load event, for late requests
WIDTH, HEIGHT = 1200, 1800
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-dev-shm-usage"]
FORBIDDEN = ("script", "img", "iframe", "object", "embed", "link")
# Tags that do not break words, so "Act<b>ion</b>" still reads as "Action".
INLINE = {"a", "abbr", "b", "bdi", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
# Without a system bus (containers, CI) Chromium logs a dozen D-Bus errors per
# run, and Debian's launcher script trips over multi-line findmnt output: drop
# those so that a failure shows the real error.
NOISE = re.compile(r"dbus|/chromium: \d+: \[")
Result = collections.namedtuple("Result", "ok detail data")


class CheckError(Exception):
    """A check could not complete: Chromium failed or its output is unreadable."""


# ------------------------------------------------------------------ Chromium

def find_chromium(explicit):
    """--chromium, else $CHROMIUM, else the first of the usual names on PATH."""
    names = [explicit or os.environ.get("CHROMIUM")]
    if not names[0]:
        names = ["chromium", "chromium-browser", "google-chrome"]
    return next(filter(None, map(shutil.which, names)), None)


def stderr_tail(raw, lines=12):
    kept = [l for l in raw.decode("utf-8", "replace").splitlines() if l.strip() and not NOISE.search(l)]
    return "\n    ".join(["Chromium stderr:"] + (kept[-lines:] or ["(nothing but D-Bus noise)"]))


def kill_group(proc):
    # Chromium runs in a session of its own, so this reaches its helpers too.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def run_chromium(chromium, args, url):
    """Runs one headless Chromium to completion in a throwaway profile: (stdout, stderr)."""
    with tempfile.TemporaryDirectory(prefix="check-page-", ignore_cleanup_errors=True) as profile:
        proc = subprocess.Popen([chromium, *FLAGS, f"--user-data-dir={profile}", *args, url],
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            try:
                err = proc.communicate(timeout=10)[1]
            except subprocess.TimeoutExpired:  # a helper escaped the group and holds the pipes
                err = b""
            raise CheckError(f"Chromium timed out after {TIMEOUT}s\n    {stderr_tail(err)}")
        finally:
            kill_group(proc)  # stragglers would keep writing into the profile
    # Headless Chromium exits 0 even when the page fails to load, so look at stderr too.
    if proc.returncode != 0 or b"Page load failed" in err:
        raise CheckError(f"Chromium failed (exit status {proc.returncode})\n    {stderr_tail(err)}")
    return out.decode("utf-8", "replace"), err


def spawn_with_cdp_pipe(cmd, log_path):
    """Starts cmd with the DevTools pipe on fds 3 (it reads) and 4 (it writes).

    pass_fds keeps descriptor numbers, so the child's ends must sit on 3 and 4
    here while spawning: all pipe ends are first moved above 10 so nothing
    collides, whatever held 3 and 4 (say a make jobserver, or a file opened by
    the caller) is put back afterwards, and stderr's log file is only opened
    once 3 and 4 are taken. Returns (process, fd to write to, fd to read from).
    """
    def lift(fd):
        high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(fd)
        return high
    to_r, to_w, from_r, from_w = map(lift, os.pipe() + os.pipe())
    saved = {}
    for fd in (3, 4):
        try:
            saved[fd] = (fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10), os.get_inheritable(fd))
        except OSError:
            pass  # not open: nothing to put back
    try:
        os.dup2(to_r, 3)
        os.dup2(from_w, 4)
        with open(log_path, "wb") as log:
            proc = subprocess.Popen(cmd, pass_fds=(3, 4), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=log, start_new_session=True)
    finally:
        for fd in (3, 4):
            if fd in saved:
                os.dup2(saved[fd][0], fd, inheritable=saved[fd][1])
                os.close(saved[fd][0])
            else:
                os.close(fd)
        os.close(to_r)
        os.close(from_w)
    return proc, to_w, from_r


class Cdp:
    """Minimal DevTools-protocol client: JSON messages, each ended by a NUL byte."""

    def __init__(self, to_fd, from_fd):
        self.to_fd, self.from_fd, self.deadline = to_fd, from_fd, time.monotonic() + TIMEOUT
        self.buf, self.last_id, self.replies, self.events = b"", 0, {}, []

    def call(self, method, params=None, session=None, wait=True):
        self.last_id += 1
        msg = {"id": self.last_id, "method": method, "params": params or {}}
        data = json.dumps({**msg, "sessionId": session} if session else msg).encode() + b"\0"
        while data:
            data = data[os.write(self.to_fd, data):]
        while wait and self.last_id not in self.replies:
            self.pump(5)
        reply = self.replies.pop(self.last_id, {})
        if "error" in reply:
            raise CheckError(f"{method} failed: {reply['error'].get('message')}")
        return reply.get("result", {})

    def pump(self, timeout):
        """Reads what arrives within timeout seconds, filing replies and events."""
        timeout = min(timeout, self.deadline - time.monotonic())
        if timeout <= 0:
            raise CheckError(f"DevTools session timed out after {TIMEOUT}s")
        if select.select([self.from_fd], [], [], timeout)[0]:
            chunk = os.read(self.from_fd, 1 << 16)
            if not chunk:
                raise CheckError("Chromium closed the DevTools pipe")
            *messages, self.buf = (self.buf + chunk).split(b"\0")
            for msg in map(json.loads, messages):
                if "id" in msg:
                    self.replies[msg["id"]] = msg
                else:
                    self.events.append(msg)


def record_requests(cdp, url):
    """Loads url in a fresh tab; returns every URL it requested until load + LINGER."""
    target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    cdp.call("Network.enable", session=session)
    cdp.call("Page.enable", session=session)
    error = cdp.call("Page.navigate", {"url": url}, session=session).get("errorText")
    if error:
        raise CheckError(f"navigation failed: {error}")
    urls, seen, loaded_at = [], 0, None
    while loaded_at is None or time.monotonic() < loaded_at + LINGER:
        for event in cdp.events[seen:]:
            method, params = event["method"], event.get("params", {})
            if event.get("sessionId") != session:
                continue
            if method == "Network.requestWillBeSent":
                urls.append(params["request"]["url"])
            elif method == "Network.webSocketCreated":
                urls.append(params["url"])
            elif method == "Page.loadEventFired" and loaded_at is None:
                loaded_at = time.monotonic()
        seen = len(cdp.events)
        cdp.pump(0.1)
    return urls


# -------------------------------------------------------------------- checks

def with_devtools(chromium, work):
    """Runs work(cdp) against a fresh headless Chromium driven over the DevTools pipe; returns its result."""
    with tempfile.TemporaryDirectory(prefix="check-page-", ignore_cleanup_errors=True) as tmp:
        log = pathlib.Path(tmp, "stderr.log")
        cmd = [chromium, *FLAGS, f"--user-data-dir={tmp}/profile", "--remote-debugging-pipe", "about:blank"]
        proc, to_fd, from_fd = spawn_with_cdp_pipe(cmd, log)
        try:
            cdp = Cdp(to_fd, from_fd)
            result = work(cdp)
            cdp.call("Browser.close", wait=False)
            proc.wait(timeout=10)
            return result
        except (CheckError, OSError, ValueError, KeyError, subprocess.TimeoutExpired) as e:
            raise CheckError(f"{type(e).__name__}: {e}\n    {stderr_tail(log.read_bytes())}")
        finally:
            kill_group(proc)
            proc.wait()
            os.close(to_fd)
            os.close(from_fd)


def check_network(chromium, url):
    urls = with_devtools(chromium, lambda cdp: record_requests(cdp, url))
    own = [u for u in urls if urllib.parse.unquote(u) == urllib.parse.unquote(url)]
    data_urls = [u for u in urls if u.startswith("data:")]
    foreign = [u for u in urls if u not in own and u not in data_urls]
    listing = ", ".join(u[:70] for u in urls) or "none"
    if not own:  # the recording itself is broken, and its silence proves nothing
        return Result(False, f"the page's own request was not seen; requests: {listing}", urls)
    return Result(not foreign, f"{len(urls)} request(s), {len(foreign)} foreign, "
                               f"{len(data_urls)} data: URL(s): {listing}", urls)


# An A4 page (210 mm) less the 15 mm margins of the pages' @page rule leaves
# 180 mm for content: 680 CSS pixels at 96 per inch.
PRINT_WIDTH = 680
# Elements whose right edge passes the page's: in print they would be cut.
OVERFLOW = """[...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .map(e => e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ')[0] : '')
            + ' to ' + Math.round(e.getBoundingClientRect().right) + 'px')"""


def measure_print_overflow(cdp, url):
    """Lays the page out as printed, at the content width of A4; returns what sticks out."""
    target = cdp.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = cdp.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    cdp.call("Emulation.setDeviceMetricsOverride",
             {"width": PRINT_WIDTH, "height": 1200, "deviceScaleFactor": 1, "mobile": False}, session=session)
    cdp.call("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
    cdp.call("Page.enable", session=session)
    error = cdp.call("Page.navigate", {"url": url}, session=session).get("errorText")
    if error:
        raise CheckError(f"navigation failed: {error}")
    seen = 0
    while not any(e["method"] == "Page.loadEventFired" and e.get("sessionId") == session for e in cdp.events[seen:]):
        seen = len(cdp.events)
        cdp.pump(0.2)
    reply = cdp.call("Runtime.evaluate", {"expression": OVERFLOW, "returnByValue": True}, session=session)
    return reply["result"]["value"]


def check_print_width(chromium, url):
    overflow = with_devtools(chromium, lambda cdp: measure_print_overflow(cdp, url))
    listing = ", ".join(overflow[:5]) + (f" and {len(overflow) - 5} more" if len(overflow) > 5 else "")
    return Result(not overflow, f"printed {PRINT_WIDTH} px wide (A4 less 15 mm margins): "
                                + (f"{len(overflow)} elements stick out: {listing}" if overflow else "nothing sticks out"),
                  overflow)


def unfilter(kind, row, prev, bpp):
    """Undoes one PNG scanline filter (PNG spec section 9), in place."""
    if kind == 1:  # Sub: a running sum per channel, left to C via accumulate
        for c in range(bpp):
            row[c::bpp] = bytes(map((255).__and__, itertools.accumulate(row[c::bpp])))
    elif kind == 2:  # Up
        row[:] = bytes(map((255).__and__, map(operator.add, row, prev)))
    elif kind in (3, 4):  # Average and Paeth depend on the byte just decoded
        for i in range(len(row)):
            a, b, c = (row[i - bpp], prev[i], prev[i - bpp]) if i >= bpp else (0, prev[i], 0)
            if kind == 3:
                row[i] = (row[i] + ((a + b) >> 1)) & 255
            else:  # distances of a + b - c from a, b and c
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    elif kind != 0:
        raise CheckError(f"PNG: unknown filter type {kind}")
    return row


def decode_png(data):
    """Decodes an 8-bit, non-interlaced RGB or RGBA PNG: (width, height, bytes per pixel, rows)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise CheckError("PNG: bad signature")
    pos, ihdr, idat = 8, None, []
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if pos + 12 + length > len(data):
            raise CheckError(f"PNG: file truncated in the {kind.decode('latin-1')} chunk")
        body, (crc,) = data[pos + 8:pos + 8 + length], struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise CheckError(f"PNG: bad CRC in the {kind.decode('latin-1')} chunk")
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        idat += [body] if kind == b"IDAT" else []
        pos = len(data) if kind == b"IEND" else pos + 12 + length
    if not ihdr or not idat:
        raise CheckError("PNG: no IHDR or no IDAT chunk")
    width, height, depth, colour, _, _, interlace = ihdr
    bpp = {2: 3, 6: 4}.get(colour)
    if depth != 8 or not bpp or interlace:
        raise CheckError(f"PNG: bit depth {depth}, colour type {colour}, interlace {interlace} is not "
                         "supported (only 8-bit colour type 2 or 6, not interlaced)")
    try:
        raw, stride = zlib.decompress(b"".join(idat)), width * bpp
    except zlib.error as e:
        raise CheckError(f"PNG: pixel data does not inflate ({e})") from None
    if len(raw) != height * (stride + 1):
        raise CheckError(f"PNG: {len(raw)} bytes of pixel data, expected {height * (stride + 1)}")
    rows, prev = [], bytes(stride)
    for start in range(0, len(raw), stride + 1):
        prev = unfilter(raw[start], bytearray(raw[start + 1:start + 1 + stride]), prev, bpp)
        rows.append(bytes(prev))  # bytes are hashable, so pixels can be counted
    return width, height, bpp, rows


def check_screenshot(chromium, url, out_dir, stem, size=(WIDTH, HEIGHT)):
    png = out_dir / f"{stem}.png"
    png.unlink(missing_ok=True)  # never judge a stale file from an earlier run
    err = run_chromium(chromium, [f"--screenshot={png}", f"--window-size={size[0]},{size[1]}"], url)[1]
    if not png.exists():  # Chromium exits 0 when it cannot write the file
        return Result(False, f"Chromium wrote no {png}\n    {stderr_tail(err)}", None)
    width, height, bpp, rows = decode_png(png.read_bytes())
    if (width, height) != tuple(size):
        return Result(False, f"{png.name} is {width}x{height}, asked for {size[0]}x{size[1]}", None)
    colours = collections.Counter()
    for row in rows:
        colours.update(row[i:i + bpp] for i in range(0, len(row), bpp))
    share = 1 - colours.most_common(1)[0][1] / (width * height)
    blank = share < 0.02 or len(colours) < 8
    return Result(not blank, f"{png.name} {width}x{height}, {share:.1%} of pixels off the dominant colour "
                             f"(need 2%), {len(colours)} distinct colours (need 8)" + (": blank" if blank else ""),
                  {"blank": blank})


STREAM = re.compile(rb"(?<!end)stream\r?\n")
TEXT_OP = re.compile(rb"[)>\]]\s*T[jJ](?![A-Za-z])")  # a string or array operand, then Tj or TJ
MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")


def pdf_streams(data):
    """Yields the decompressed body of every FlateDecode stream in a PDF."""
    pos = 0
    while m := STREAM.search(data, pos):
        head, pos = data[data.rfind(b"obj", 0, m.start()):m.start()], m.end()
        if b"/FlateDecode" in head:
            inflater = zlib.decompressobj()
            try:
                body = inflater.decompress(data[pos:])  # stops where the zlib data ends
            except zlib.error:
                continue
            pos = len(data) - len(inflater.unused_data)  # so stream bytes are never read as keywords
            yield body


def check_pdf(chromium, url, out_dir, stem, a4):
    pdf = out_dir / f"{stem}.pdf"
    pdf.unlink(missing_ok=True)
    err = run_chromium(chromium, [f"--print-to-pdf={pdf}", "--no-pdf-header-footer"], url)[1]
    if not pdf.exists():
        return Result(False, f"Chromium wrote no {pdf}\n    {stderr_tail(err)}", None)
    data = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    streams = list(pdf_streams(data))
    texts = sum(1 for s in streams if TEXT_OP.search(s))
    sizes = sorted({(float(x2) - float(x1), float(y2) - float(y1)) for x1, y1, x2, y2 in MEDIABOX.findall(data)})
    shown = ", ".join(f"{w:.2f}x{h:.2f}" for w, h in sizes) or "none"
    not_a4 = not sizes or any(abs(w - 595.28) > 2 or abs(h - 841.89) > 2 for w, h in sizes)
    problems = [msg for bad, msg in [
        (not data.startswith(b"%PDF-"), "no %PDF- header"), (b"%%EOF" not in data, "no %%EOF"),
        (pages < 1, "no /Type /Page object"), (not texts, "no Tj/TJ text operator in any stream: blank"),
        (a4 and not_a4, f"MediaBox {shown} pt is not A4 (595.28x841.89 +-2)")] if bad]
    detail = (f"{pdf.name}: {pages} page(s), text in {texts} of {len(streams)} Flate streams, "
              f"MediaBox {shown} pt" + (" (A4)" if a4 and not not_a4 else ""))
    return Result(not problems, "; ".join(problems + [detail]), {"pages": pages, "text_streams": texts})


class DomScan(html.parser.HTMLParser):
    """The elements, as (tag, attributes), and the visible text of serialized HTML."""

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.elements, self.text, self.hidden = [], [], 0
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("style", "script"):  # but <title> text counts as visible
            self.hidden += 1
        self.text.append("" if tag in INLINE else " ")

    def handle_endtag(self, tag):
        if tag in ("style", "script") and self.hidden:
            self.hidden -= 1
        self.text.append("" if tag in INLINE else " ")

    def handle_data(self, data):
        self.text.append("" if self.hidden else data)


def selector_spec(text):
    """argparse type for SELECTOR=N, SELECTOR being tag, tag.class or .class."""
    selector, _, count = text.rpartition("=")
    m = re.fullmatch(r"([A-Za-z][\w-]*)?(?:\.([\w-]+))?", selector)
    if not m or not selector or not count.isdigit():
        raise argparse.ArgumentTypeError(f"want tag=N, tag.class=N or .class=N, got {text!r}")
    return (m[1] or "").lower(), m[2], int(count), selector


def point_pairs(points):
    """The number of x,y pairs in an SVG points attribute, or None if it is malformed."""
    number = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
    values = re.findall(number, points or "")
    if not values or re.sub(number, " ", points).replace(",", " ").strip() or len(values) % 2:
        return None
    return len(values) // 2


def judge_dom(markup, counts=(), vertices=(), texts=()):
    scan = DomScan(markup)
    def matching(tag, cls):
        return [attrs for name, attrs in scan.elements
                if (not tag or name == tag) and (not cls or cls in (attrs.get("class") or "").split())]
    found = collections.Counter(tag for tag, _ in scan.elements if tag in FORBIDDEN)
    handlers = sorted({f"{tag}[{a}]" for tag, attrs in scan.elements for a in attrs if a.startswith("on")})
    # Links within the page (#id) are fine; anything with a scheme or host is not.
    outside = sorted({v for _, attrs in scan.elements for a, v in attrs.items()
                      if a in ("src", "href", "xlink:href") and v and re.match(r"\s*([a-z][\w+.-]*:|//)", v, re.I)})
    bad = ([f"<{tag}> x{n}" for tag, n in sorted(found.items())] + [f"handler {h}" for h in handlers]
           + [f"reference to {v[:60]}" for v in outside])
    checks = [(not bad, "forbidden: " + ", ".join(bad) if bad else "no script/on*/img/iframe/object/embed/link")]
    # Every chart is an image to assistive technology, named by its own <title>.
    titles = {attrs["id"] for tag, attrs in scan.elements if tag == "title" and attrs.get("id")}
    charts = [attrs for tag, attrs in scan.elements if tag == "svg"]
    unlabelled = [attrs.get("aria-labelledby") for attrs in charts
                  if attrs.get("role") != "img" or attrs.get("aria-labelledby") not in titles]
    checks.append((not unlabelled, f"{len(charts)} charts, unlabelled: {unlabelled}" if unlabelled
                   else f"{len(charts)} charts, each role=img with its <title>"))
    for tag, cls, want, label in counts:
        n = len(matching(tag, cls))
        checks.append((n == want, f"{label}: {n} (want {want})"))
    for tag, cls, want, label in vertices:
        hits = matching(tag, cls)
        pairs = point_pairs(hits[0].get("points")) if len(hits) == 1 else None
        checks.append((pairs == want, f"{label}: {pairs} points (want {want})" if len(hits) == 1
                       else f"{label}: {len(hits)} elements match (want exactly 1)"))
    visible = " ".join("".join(scan.text).split())
    for text in texts:
        found_text = " ".join(text.split()) in visible
        checks.append((found_text, f"text {text!r} {'found' if found_text else 'missing'}"))
    failed = [msg for ok, msg in checks if not ok]
    detail = f"{len(scan.elements)} elements; " + "; ".join(failed or [msg for _, msg in checks])
    return Result(not failed, detail, {"forbidden": found, "handlers": handlers, "outside": outside})


def check_dom(chromium, url, **expect):
    return judge_dom(run_chromium(chromium, ["--dump-dom"], url)[0], **expect)


# ---------------------------------------------------------------- reporting

def attempt(name, check, *args, indent="", **kwargs):
    """Runs one check, prints its ok:/FAIL: line and returns its Result."""
    started = time.monotonic()
    try:
        result = check(*args, **kwargs)
    except (CheckError, OSError, struct.error, zlib.error) as e:
        result = Result(False, str(e), None)
    print(f"{indent}{'ok' if result.ok else 'FAIL'}: {name} ({time.monotonic() - started:.1f}s): {result.detail}",
          flush=True)
    return result


def check_page(chromium, page, out_dir, counts=(), vertices=(), texts=(), a4=False, indent=""):
    url, stem = page.resolve().as_uri(), page.stem
    return [attempt("screenshot", check_screenshot, chromium, url, out_dir, stem, indent=indent),
            attempt("pdf", check_pdf, chromium, url, out_dir, stem, a4, indent=indent),
            attempt("dom", check_dom, chromium, url, counts=counts, vertices=vertices, texts=texts, indent=indent),
            attempt("network", check_network, chromium, url, indent=indent)] + (
            [attempt("print width", check_print_width, chromium, url, indent=indent)] if a4 else [])


SELF_TEST_PAGES = {
    "fetching": '<title>net</title><style>body{background:url(http://127.0.0.1:9/b.png)}</style>'
                '<link rel="stylesheet" href="http://127.0.0.1:9/a.css"><img src="http://127.0.0.1:9/x.png">',
    "blank": "<title></title><style>html{background:#fff}</style>",
    "wide": '<title>wide</title><style>@page{size:A4;margin:15mm}</style>'
            '<table><tr><td style="min-width:1500px">A table too wide for A4</td></tr></table>',
    "active": '<title>active</title><script>var unused = 1;</script><p onerror="void 0">active</p>'
              '<svg width="10" height="10"></svg>',
    # data: URLs are allowed (and listed); the polygon is big enough to pass the 2% blank test.
    "good": '<title>Good</title><style>@page{size:A4}body{font:20px sans-serif;background:url("data:image/gif;'
            'base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")}polygon{fill:#2a6}</style>'
            '<h1>Self-test</h1><p>Action plan: stay self-contained.</p><svg role="img" aria-labelledby="t" '
            'width="600" height="600"><title id="t">Eight points</title><polygon class="x" points="300,20 500,100 580,300 500,500 300,580 100,500 20,300 100,100"/></svg>',
}


def self_test(chromium, out_dir):
    url = {}
    for name, markup in SELF_TEST_PAGES.items():
        (out_dir / f"selftest-{name}.html").write_text(f"<!doctype html>{markup}\n", encoding="utf-8")
        url[name] = (out_dir / f"selftest-{name}.html").resolve().as_uri()
    net = attempt("(a) network", check_network, chromium, url["fetching"], indent="  ")
    caught = [u for u in ("http://127.0.0.1:9/x.png", "http://127.0.0.1:9/a.css") if u in (net.data or [])]
    shot = attempt("(b) screenshot", check_screenshot, chromium, url["blank"], out_dir, "selftest-blank", indent="  ")
    pdf = attempt("(b) pdf", check_pdf, chromium, url["blank"], out_dir, "selftest-blank", False, indent="  ")
    dom = attempt("(c) dom", check_dom, chromium, url["active"], indent="  ")
    wide = attempt("(e) print width", check_print_width, chromium, url["wide"], indent="  ")
    print("  (d) all checks on the good page, with --count polygon=1 --vertices polygon.x=8 --has-text 'Action plan':")
    good = check_page(chromium, out_dir / "selftest-good.html", out_dir, [selector_spec("polygon=1")],
                      [selector_spec("polygon.x=8")], ["Action plan"], a4=True, indent="    ")
    seven = attempt("(d) dom with --vertices polygon.x=7", check_dom, chromium, url["good"],
                    vertices=[selector_spec("polygon.x=7")], indent="  ")
    expectations = [
        (not net.ok and len(caught) == 2, f"(a) the network check fails, catching {', '.join(caught) or 'nothing'}"),
        (not shot.ok and (shot.data or {}).get("blank"), "(b) the screenshot check calls the blank page blank"),
        (not pdf.ok and pdf.data and pdf.data["pages"] >= 1 and pdf.data["text_streams"] == 0,
         "(b) the pdf check finds a page but no text (so no header/footer either)"),
        (not dom.ok and dom.data and dom.data["forbidden"]["script"] and "p[onerror]" in dom.data["handlers"]
         and "unlabelled: [None]" in dom.detail, "(c) the dom check flags <script>, onerror and an unlabelled chart"),
        (all(r.ok for r in good), "(d) every check passes on the good page, --vertices polygon.x=8 included"),
        (not seven.ok and "8 points (want 7)" in seven.detail, "(d) --vertices polygon.x=7 fails"),
        (not wide.ok and "td" in " ".join(wide.data or []), "(e) the print check finds the table cell that would be cut")]
    for ok, msg in expectations:
        print(f"{'ok' if ok else 'FAIL'}: self-test: {msg}")
    return all(ok for ok, _ in expectations)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", type=pathlib.Path, help="the HTML file to check")
    parser.add_argument("--out", type=pathlib.Path, required=True, help="directory for the PNG and PDF")
    parser.add_argument("--chromium", help="browser binary (default: $CHROMIUM, else chromium on PATH)")
    parser.add_argument("--count", type=selector_spec, nargs="+", action="extend", default=[], metavar="SELECTOR=N")
    parser.add_argument("--vertices", type=selector_spec, nargs="+", action="extend", default=[],
                        metavar="SELECTOR=N")
    parser.add_argument("--has-text", nargs="+", action="extend", default=[], metavar="TEXT")
    parser.add_argument("--a4", action="store_true", help="every PDF page must be A4")
    parser.add_argument("--self-test", action="store_true", help="prove that the checks can fail")
    args = parser.parse_args()
    if bool(args.page) == args.self_test:
        parser.error("give exactly one of --page and --self-test")
    if args.page and not args.page.is_file():
        parser.error(f"--page {args.page}: no such file")
    chromium = find_chromium(args.chromium)
    if not chromium:
        required = os.environ.get("IPSFID_REQUIRE_BROWSER") == "1"
        print(f"{'FAIL' if required else 'skip'}: Chromium is missing (looked for "
              f"{args.chromium or os.environ.get('CHROMIUM') or 'chromium, chromium-browser, google-chrome'}); "
              "install it with `apt-get install chromium`, or pass --chromium PATH")
        return 1 if required else 77
    args.out = args.out.resolve()  # Chromium gets absolute output paths
    args.out.mkdir(parents=True, exist_ok=True)
    if args.self_test:
        return 0 if self_test(chromium, args.out) else 1
    results = check_page(chromium, args.page, args.out, args.count, args.vertices, args.has_text, args.a4)
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
