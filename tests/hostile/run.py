"""Hostile inputs: every case is refused (or, where the issue says so,
accepted) by score, lint and batch with the right exit code and a located
message, in bounded time and memory, never a crash.

usage: run.py IPSFID VALID_REVIEW
"""
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile

binary, valid_path = sys.argv[1], sys.argv[2]
valid = open(valid_path, encoding="utf-8").read()
failures = []


def limit_memory():
    # 2 GiB of address space: plenty for any honest input (ASan builds
    # reserve far more virtual memory, so they run without the limit).
    if not os.environ.get("IPSFID_NO_RLIMIT"):
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def run(args, stdin=None):
    return subprocess.run([binary, *args], capture_output=True, timeout=30, preexec_fn=limit_memory, stdin=stdin,
                          env={**os.environ, "NO_COLOR": "1"})


def check(name, path, expect_exit, rule=None, commands=("score", "lint", "batch")):
    """Runs each command on `path` and checks the exit code and the finding."""
    for command in commands:
        args = [command, path] + (["--format", "csv"] if command == "batch" else [])
        run_and_check(name, command, args, expect_exit, rule)


def run_and_check(name, command, args, expect_exit, rule):
    try:
        result = run(args, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        failures.append(f"{name}: ipsfid {command} did not finish in 30 s")
        return
    text = (result.stdout + result.stderr).decode("utf-8", "replace")
    if result.returncode < 0:
        failures.append(f"{name}: ipsfid {command} crashed (signal {-result.returncode})")
    elif result.returncode != expect_exit:
        failures.append(f"{name}: ipsfid {command} exit {result.returncode}, expected {expect_exit}: {text[:300]}")
    if expect_exit == 1 and not re.search(r":\d+:\d+: error: ", text):
        failures.append(f"{name}: ipsfid {command} gave no located error: {text[:300]}")
    if rule and f"[{rule}]" not in text and command != "batch":
        failures.append(f"{name}: ipsfid {command} did not report [{rule}]: {text[:300]}")


def replace_rating(text, item, new):
    return re.sub(rf"^  {item}:.*$", lambda match: new, text, count=1, flags=re.M)


with tempfile.TemporaryDirectory() as work:
    def write(name, content, mode="w"):
        path = os.path.join(work, name)
        with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
            f.write(content)
        return path

    check("deep nesting", write("deep.yaml", "site: " + "[" * 200000 + "]" * 200000 + "\n"), 1)
    big = os.path.join(work, "big.yaml")
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024)  # a sparse 200 MB file
    check("200 MB file", big, 1, "file-too-large")
    check("binary garbage", write("garbage.yaml", random.Random(7).randbytes(65536), "wb"), 1)
    check("invalid UTF-8", write("latin1.yaml", valid.replace("site: ", "site: G\xf6teborg ").encode("latin-1", "replace"), "wb"),
          1, "invalid-utf8")
    check("UTF-8 byte order mark (accepted)", write("bom.yaml", "\ufeff" + valid), 0)
    check("CRLF line ends (accepted)", write("crlf.yaml", valid.replace("\n", "\r\n")), 0)
    check("tabs for indentation", write("tabs.yaml", valid.replace("\n  caseload-size", "\n\tcaseload-size", 1)), 1)
    laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        laughs += f"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n"
    check("billion laughs", write("laughs.yaml", laughs + valid), 1, "yaml-alias")
    check("several documents", write("docs.yaml", valid + "---\n" + valid), 1, "multiple-documents")
    check("merge key", write("merge.yaml", valid.replace("ratings:\n", "ratings:\n  <<: {caseload-size: 4}\n", 1)), 1, "yaml-merge")
    for value in (".nan", ".inf", "-.inf", "1e400"):
        check(f"measure {value}", write("nan.yaml", replace_rating(valid, "caseload-size", f"  caseload-size: {{measure: {value}}}")),
              1, "wrong-type")
    for value in ("010", "0x10", "0o4", "yes", "no", "true", "4.0", "+4", "\"4\""):
        check(f"score {value}", write("score.yaml", replace_rating(valid, "disclosure", f"  disclosure: {value}")), 1, "bad-score")
    dup = valid.replace("site: ", "site: First\nsite: ", 1)
    dup = dup.replace("ratings:\n", "ratings:\n  disclosure: 4\n", 1)
    dup = replace_rating(dup, "caseload-size", "  caseload-size: {score: 4, score: 5}")
    check("duplicate keys at every level", write("dup.yaml", dup), 1, "duplicate-key")
    # Directories given as inputs are walked; where a file is required (the
    # rubric) a directory is a located error.
    for command in ("score", "lint"):
        run_and_check("a directory as the rubric", command, [command, "--rubric", work, valid_path], 1, "file-unreadable")
    fifo = os.path.join(work, "fifo.yaml")
    os.mkfifo(fifo)
    check("a fifo", fifo, 1, "file-unreadable")
    os.symlink(os.path.join(work, "loop-b.yaml"), os.path.join(work, "loop-a.yaml"))
    os.symlink(os.path.join(work, "loop-a.yaml"), os.path.join(work, "loop-b.yaml"))
    check("a symlink loop", os.path.join(work, "loop-a.yaml"), 1, "file-unreadable")
    # Walking a directory, every *.yaml entry gets a row, readable or not.
    walked = os.path.join(work, "walked")
    os.mkdir(walked)
    shutil.copyfile(valid_path, os.path.join(walked, "a-valid.yaml"))
    os.mkfifo(os.path.join(walked, "b-fifo.yaml"))
    os.symlink(os.path.join(walked, "gone.yaml"), os.path.join(walked, "c-dangling.yaml"))
    os.symlink(os.path.join(walked, "d-loop.yaml"), os.path.join(walked, "d-loop.yaml"))
    os.symlink(work, os.path.join(walked, "e-link-to-a-directory"))
    walk = run(["batch", walked, "--format", "csv"])
    if f"ipsfid: warning: {walked}/e-link-to-a-directory: a link to a directory, not followed" not in walk.stderr.decode():
        failures.append("a link to a directory was skipped without a warning")
    rows = walk.stdout.decode().splitlines()[1:]
    statuses = [row.split(",")[:2] for row in rows]
    if statuses != [[os.path.join(walked, name), status] for name, status in
                    (("a-valid.yaml", "ok"), ("b-fifo.yaml", "invalid"), ("c-dangling.yaml", "invalid"),
                     ("d-loop.yaml", "invalid"))]:
        failures.append(f"walking a directory of unreadable entries: {statuses}")
    check("a text over the limit",
          write("long.yaml", replace_rating(valid, "disclosure", "  disclosure: {score: 4, evidence: \"" + "x" * 100000 + "\"}")),
          1, "text-too-long")
    items = "".join(f"  - {{id: i{n}, number: {n}, section: s, principle: p, name: N, definition: D, "
                    f"anchors: {{1: a, 2: b}}}}\n" for n in range(1, 502))
    too_many = write("huge-rubric.yaml", "id: huge\ntitle: T\nversion: '1'\nsource: S\nlanguages: [en]\n"
                     "scale: {min: 1, max: 2}\nsections: [{id: s, name: S}]\nprinciples: [{id: p, name: P}]\n"
                     "levels: [{id: all, min: 501, max: 1002, label: All}]\nitems:\n" + items)
    check("a rubric of 501 items", too_many, 1, "too-many", commands=("lint",))
    # A finite number too large for a machine integer (caseload has no upper
    # limit): valid, scores 1, and every report prints it.
    huge = write("huge-measure.yaml", replace_rating(valid, "caseload-size", "  caseload-size: {measure: " + "9" * 25 + "}"))
    for args in (["score", huge], ["score", huge, "--format", "markdown"], ["score", huge, "--format", "html"],
                 ["batch", huge, "--format", "jsonl"], ["score", huge, "--lang", "sv"]):
        result = run(args)
        if result.returncode != 0 or not result.stdout:
            failures.append(f"a 25-digit measure: ipsfid {' '.join(args[:1] + args[2:])} exit {result.returncode}: "
                            f"{result.stderr.decode(errors='replace')[:200]}")
    many = valid + "".join(f"  not-an-item-{n}: 4\n" for n in range(5000))
    check("5000 unknown items", write("many.yaml", many), 1, "too-many-problems")

    # Text from a review never acts on the reader: escapes neutralised in
    # text, markup escaped in markdown.
    hostile = replace_rating(valid, "disclosure",
                             "  disclosure: {score: 3, evidence: \"\\e[2J\\e]0;owned\\a<script>alert(1)</script>\","
                             " recommendation: \"| broken | table |\"}")
    path = write("escape.yaml", hostile)
    text = run(["score", path]).stdout
    if b"\x1b" in text or b"\x07" in text:
        failures.append("terminal escape sequences from a review reached the text report")
    markdown = run(["score", path, "--format", "markdown"]).stdout.decode()
    if "<script>" in markdown or "| broken | table |" in markdown:
        failures.append("review text was not escaped in the markdown report")
    csv = run(["batch", write("formula.yaml", valid.replace("site: ", "site: \"=cmd|' /C calc'!A0\" #", 1)), "--format", "csv"]).stdout.decode()
    if ",=cmd" in csv or "\"=cmd" in csv:
        failures.append("a formula in a site name reached the CSV unneutralised")

    # -o: a failure leaves no half-written report and the old file untouched.
    report = write("report.txt", "old report\n")
    result = run(["score", valid_path, "-o", os.path.join(work, "missing-dir", "report.txt")])
    if result.returncode != 3:
        failures.append(f"-o into a missing directory: exit {result.returncode}, expected 3")
    result = run(["score", valid_path, "-o", report])
    if result.returncode != 0 or not open(report).read().startswith("IPS"):
        failures.append("-o did not replace the old report")
    leftovers = [name for name in os.listdir(work) if re.search(r"\.txt\.\w{6}$", name)]
    if leftovers:
        failures.append(f"temporary files left behind: {leftovers}")

for failure in failures:
    print("FAIL:", failure)
print(f"hostile inputs: {len(failures)} failures")
sys.exit(1 if failures else 0)
