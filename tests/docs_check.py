"""Keeps the rule catalogue, the fixtures, the manual and --help in step.

- every rule id the code reports is in src/rules.cpp;
- every catalogued rule is documented in man/ipsfid.1 and has a fixture
  whose `# expect:` lines name it (or a test listed below);
- every option that `ipsfid COMMAND --help` lists is in the manual.
"""
import glob
import re
import subprocess
import sys

root, binary = sys.argv[1], sys.argv[2]
problems = []

catalogue = re.findall(r'\{"([a-z0-9-]+)", S::', open(f"{root}/src/rules.cpp").read())
reported = set()
for path in glob.glob(f"{root}/src/*.cpp"):
    text = open(path).read()
    reported |= set(re.findall(r'\.(?:error|warning)\(\s*[^;]*?,\s*"([a-z0-9-]+)"', text))
    reported |= set(re.findall(r'Severity::(?:error|warning), "([a-z0-9-]+)"', text))
for rule in sorted(reported - set(catalogue)):
    problems.append(f"rule '{rule}' is reported by the code but missing from src/rules.cpp")
for rule in sorted(set(catalogue) - reported):
    problems.append(f"rule '{rule}' is in src/rules.cpp but the code never reports it")

manual = open(f"{root}/man/ipsfid.1").read()
for rule in catalogue:
    if not re.search(rf"^\.B {re.escape(rule)}$", manual, re.M):
        problems.append(f"rule '{rule}' has no '.B {rule}' entry in man/ipsfid.1")

expected = set()
for path in glob.glob(f"{root}/tests/fixtures/**/*.yaml", recursive=True):
    with open(path, encoding="utf-8", errors="replace") as f:
        expected |= set(re.findall(r"^# expect: \d+:\d+ ([a-z0-9-]+)$", f.read(), re.M))
# Tested without a fixture file: a missing path (e2e invalid.unreadable), a
# file over the size limit (unit test "inputs over the size limit"), and the
# limits that need large generated inputs (tests/hostile/run.py).
tested_elsewhere = {"file-unreadable", "file-too-large", "text-too-long", "too-many-problems", "too-many"}
for rule in catalogue:
    if rule not in expected and rule not in tested_elsewhere:
        problems.append(f"rule '{rule}' has no fixture with a '# expect: LINE:COL {rule}' line")

commands = re.findall(r"^\.BI? ipsfid (\w+)", manual, re.M)
for command in sorted(set(commands)):
    help_text = subprocess.run([binary, command, "--help"], capture_output=True, text=True).stdout
    for option in sorted(set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", help_text)) - {"--help"}):
        if option.replace("-", r"\-") not in manual:
            problems.append(f"'ipsfid {command} {option}' is not in man/ipsfid.1")

for problem in problems:
    print("docs_check:", problem)
print(f"docs_check: {len(catalogue)} rules, {len(set(commands))} commands checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
