"""Checks a JUnit report from `ipsfid lint --format junit`: well-formed XML,
one testsuite per file, testcase names that are rule ids only (no message
text), and failure counts that add up."""
import re
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
suites = root.findall("testsuite")
assert len(suites) > 20, len(suites)
names = [s.get("name") for s in suites]
assert len(names) == len(set(names)), "one testsuite per file"
total_failures = 0
for suite in suites:
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases)
    failures = sum(1 for c in cases if c.find("failure") is not None)
    assert int(suite.get("failures")) == failures, suite.get("name")
    total_failures += failures
    for case in cases:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", case.get("name")), case.get("name")
        failure = case.find("failure")
        if failure is not None:
            assert re.fullmatch(r"\d+ findings?", failure.get("message")), failure.get("message")
assert int(root.get("failures")) == total_failures
assert total_failures > 20
print(f"junit ok: {len(suites)} suites, {total_failures} failures")
