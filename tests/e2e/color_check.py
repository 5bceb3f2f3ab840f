"""Colour on a terminal: ipsfid runs on a pseudo-terminal, where --color auto
colours the report, unless NO_COLOR is set, TERM is dumb or --color never.

usage: color_check.py IPSFID REVIEW
"""
import os
import pty
import subprocess
import sys

binary, review = sys.argv[1], sys.argv[2]


def on_terminal(extra_env, *args):
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env["TERM"] = "xterm"
    env.update(extra_env)
    process = subprocess.Popen([binary, "score", review, *args], stdin=subprocess.DEVNULL, stdout=slave,
                               stderr=subprocess.DEVNULL, env=env)
    os.close(slave)
    output = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        output += data
    process.wait(timeout=30)
    os.close(master)
    return output


cases = [("a terminal", {}, [], True), ("NO_COLOR=1", {"NO_COLOR": "1"}, [], False),
         ("TERM=dumb", {"TERM": "dumb"}, [], False), ("--color never", {}, ["--color", "never"], False)]
failures = 0
for name, env, args, coloured in cases:
    output = on_terminal(env, *args)
    if b"79 of 125" not in output.replace(b"\x1b[1m", b"").replace(b"\x1b[0m", b""):
        print(f"FAIL: {name}: no report on the terminal")
        failures += 1
    elif (b"\x1b[" in output) != coloured:
        print(f"FAIL: {name}: expected {'colour' if coloured else 'no colour'}")
        failures += 1
print(f"colour: {failures} failures")
sys.exit(1 if failures else 0)
