#!/usr/bin/env bash
# Runs one ipsfid command and checks its exit code and output.
#
#   check.sh [checks...] -- ipsfid ARGS...
#
# The word "ipsfid" after -- is replaced by $IPSFID (the built binary).
# Checks:
#   --exit N               the exit code must be N (default 0)
#   --env NAME=VALUE       run with this environment variable (repeatable)
#   --stdin FILE           feed FILE on standard input (default: /dev/null)
#   --stdout-golden FILE   standard output must equal FILE byte for byte
#   --stdout-has TEXT      standard output must contain TEXT (repeatable)
#   --stdout-lacks TEXT    standard output must not contain TEXT (repeatable)
#   --stderr-has TEXT      standard error must contain TEXT (repeatable)
#   --stdout-empty         nothing on standard output
#   --ansi yes|no          standard output must (not) hold terminal escapes
#   --findings FILE        the located findings on standard error must be
#                          exactly the "# expect: LINE:COL rule" lines of FILE
#   --py EXPR              a Python expression over `out` (standard output as
#                          text) and `rows` (it parsed as CSV) that must be true
#   --ignore-rule RULE     leave findings of RULE out of --findings (repeatable)
#   --json EXPR            a Python expression over `d`, the parsed standard
#                          output, that must be true (repeatable)
#   --same-as-stdout-of 'ARGS'  standard output must equal that of another run
set -u
expected_exit=0
stdin=/dev/null
golden=""
findings=""
declare -a has=() lacks=() err_has=() json=() same=() ignore=() py=() environment=()
stdout_empty=0
ansi=""
while [ $# -gt 0 ]; do
  case "$1" in
    --exit) expected_exit=$2; shift 2 ;;
    --stdin) stdin=$2; shift 2 ;;
    --env) environment+=("$2"); shift 2 ;;
    --stdout-golden) golden=$2; shift 2 ;;
    --stdout-has) has+=("$2"); shift 2 ;;
    --stdout-lacks) lacks+=("$2"); shift 2 ;;
    --stderr-has) err_has+=("$2"); shift 2 ;;
    --stdout-empty) stdout_empty=1; shift ;;
    --ansi) ansi=$2; shift 2 ;;
    --findings) findings=$2; shift 2 ;;
    --json) json+=("$2"); shift 2 ;;
    --py) py+=("$2"); shift 2 ;;
    --ignore-rule) ignore+=("$2"); shift 2 ;;
    --same-as-stdout-of) same+=("$2"); shift 2 ;;
    --) shift; break ;;
    *) echo "check.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "${1:-}" = ipsfid ] || { echo "check.sh: the command must start with ipsfid" >&2; exit 2; }
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
env ${environment[@]+"${environment[@]}"} "$IPSFID" "$@" <"$stdin" >"$work/out" 2>"$work/err"
status=$?
failed=0
fail() { echo "FAIL: $*"; failed=1; }

[ "$status" -eq "$expected_exit" ] || fail "exit code $status, expected $expected_exit"
if [ -n "$golden" ] && ! diff -u "$golden" "$work/out" >"$work/diff"; then
  fail "standard output differs from $golden:"; head -40 "$work/diff"
fi
for text in ${has[@]+"${has[@]}"}; do grep -qF -- "$text" "$work/out" || fail "standard output lacks: $text"; done
for text in ${lacks[@]+"${lacks[@]}"}; do ! grep -qF -- "$text" "$work/out" || fail "standard output has: $text"; done
for text in ${err_has[@]+"${err_has[@]}"}; do grep -qF -- "$text" "$work/err" || fail "standard error lacks: $text"; done
[ "$stdout_empty" -eq 0 ] || [ ! -s "$work/out" ] || fail "standard output is not empty"
if [ "$ansi" = yes ] && ! grep -q $'\x1b\\[' "$work/out"; then fail "standard output has no colour"; fi
if [ "$ansi" = no ] && grep -q $'\x1b' "$work/out"; then fail "standard output has terminal escapes"; fi
if [ -n "$findings" ]; then
  grep '^# expect: ' "$findings" | sed 's/^# expect: //' >"$work/expected"
  # Every located finding line, FILE:LINE:COL: severity: message [rule], from
  # standard error (score) or standard output (lint).
  cat "$work/err" "$work/out" |
    grep -aE "^[^ ]+:[0-9]+:[0-9]+: (error|warning): .*\[[a-z0-9-]+\]$" |
    sed -E 's/^.*:([0-9]+):([0-9]+): (error|warning): .*\[([a-z0-9-]+)\]$/\1:\2 \4/' >"$work/all"
  cp "$work/all" "$work/found"
  for rule in ${ignore[@]+"${ignore[@]}"}; do grep -v " $rule\$" "$work/found" >"$work/kept" || true; mv "$work/kept" "$work/found"; done
  diff -u "$work/expected" "$work/found" >"$work/diff" || { fail "findings differ from $findings:"; cat "$work/diff"; }
fi
for expr in ${json[@]+"${json[@]}"}; do
  python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$work/out" "$expr" || fail "JSON check failed: $expr"
done
for expr in ${py[@]+"${py[@]}"}; do
  python3 -c 'import csv, io, json, sys
out = open(sys.argv[1], encoding="utf-8", newline="").read()
rows = list(csv.reader(io.StringIO(out, newline="")))
sys.exit(0 if eval(sys.argv[2]) else 1)' "$work/out" "$expr" || fail "check failed: $expr"
done
for args in ${same[@]+"${same[@]}"}; do
  # shellcheck disable=SC2086  # the arguments are split on purpose
  "$IPSFID" $args <"$stdin" >"$work/other" 2>/dev/null
  cmp -s "$work/out" "$work/other" || fail "standard output differs from that of: ipsfid $args"
done
if [ "$failed" -ne 0 ]; then
  echo "--- command: ipsfid $*"
  echo "--- standard error:"; head -30 "$work/err"
  exit 1
fi
exit 0
