"""Round trips of the files ipsfid writes for people to fill in.

usage: roundtrip.py IPSFID template RUBRIC...
       roundtrip.py IPSFID consensus REVIEW_A REVIEW_B

template: a blank review of each rubric is refused with exactly one
unrated-item error per item; filled in with the top score it scores the top
total. consensus: the consensus file of two raters is refused while items are
open; filled in, it passes lint without errors, warns about a missing
rationale, and scores.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

binary, mode, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True)


def check(condition, message):
    if not condition:
        sys.exit(f"FAIL: {message}")


with tempfile.TemporaryDirectory() as scratch:
    if mode == "template":
        for rubric_path in inputs:
            rubric = json.loads(run("rubric", "--rubric", rubric_path, "--format", "json").stdout)
            blank = os.path.join(scratch, "blank.yaml")
            result = run("template", "--rubric", rubric_path, "--site", "Round Trip", "--date", "2026-05-01", "-o", blank)
            check(result.returncode == 0, f"template for {rubric_path}: {result.stderr}")
            result = run("score", "--rubric", rubric_path, blank)
            unrated = re.findall(r"^.*:\d+:\d+: error: .*\[unrated-item\]$", result.stderr, re.M)
            errors = re.findall(r"^.*:\d+:\d+: error: ", result.stderr, re.M)
            check(result.returncode == 1 and len(unrated) == len(rubric["items"]) == len(errors),
                  f"blank {rubric_path}: expected {len(rubric['items'])} unrated-item errors, got {len(errors)}")
            top = rubric["scale"]["max"]
            filled = os.path.join(scratch, "filled.yaml")
            with open(blank) as f, open(filled, "w") as out:
                out.write(f.read().replace("score: ~", f"score: {top}"))
            result = run("score", "--rubric", rubric_path, filled, "--format", "json")
            check(result.returncode == 0, f"filled {rubric_path}: {result.stderr}")
            total = json.loads(result.stdout)["total"]
            check(total == top * len(rubric["items"]), f"filled {rubric_path}: total {total}")
            print(f"template ok: {rubric_path}, {len(rubric['items'])} items")
    elif mode == "consensus":
        consensus = os.path.join(scratch, "consensus.yaml")
        result = run("agree", *inputs, "--consensus-out", consensus)
        check(result.returncode == 0, f"agree: {result.stderr}")
        open_items = json.loads(run("agree", *inputs, "--format", "json").stdout)["items"]
        to_settle = sum(1 for item in open_items if item["needs_consensus"])
        result = run("score", consensus)
        check(result.returncode == 1 and result.stderr.count("[unrated-item]") == to_settle,
              f"unfilled consensus: expected {to_settle} unrated items")
        text = open(consensus).read().replace("score: ~", "score: 3")
        open(consensus, "w").write(text)
        result = run("lint", consensus, "--format", "json")
        report = json.loads(result.stdout)
        rules = [f["rule"] for f in report["files"][0]["findings"]]
        check(result.returncode == 0 and rules.count("missing-rationale") == to_settle,
              f"filled consensus without rationale: {rules}")
        open(consensus, "w").write(text.replace('rationale: ""', 'rationale: "Agreed from the charts."'))
        result = run("lint", consensus, "--format", "json")
        rules = [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]
        check("missing-rationale" not in rules, "a rationale silences the warning")
        result = run("score", consensus, "--format", "json")
        check(result.returncode == 0, f"filled consensus: {result.stderr}")
        print(f"consensus ok: {to_settle} items settled, total {json.loads(result.stdout)['total']}")
