#!/usr/bin/env bash
# Runs each fuzz target for SECONDS seconds on a seed corpus made of the
# project's examples, rubrics and fixtures. A crash leaves its input in
# tests/fuzz/crashes/ (add it to tests/fixtures as a regression test).
# usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$1
seconds=${2:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reviews" "$work/rubrics" "$work/scores" "$root/tests/fuzz/crashes"
find "$root/examples" "$root/tests/fixtures/reviews" "$root/tests/fixtures/files" "$root/tests/fixtures/batch" \
  "$root/tests/fixtures/agree" "$root/tests/fixtures/compare" -name '*.y*ml' -exec cp {} "$work/reviews/" \;
cp "$root"/rubrics/*.yaml "$root"/tests/fixtures/rubrics/*.yaml "$work/rubrics/"
# fuzz_scorer takes a byte per item for each of two reviews (2 x 25).
head -c 50 /dev/urandom > "$work/scores/random"
head -c 50 /dev/zero | tr '\0' '\3' > "$work/scores/fours"
for target in review:reviews rubric:rubrics scorer:scores; do
  name=${target%%:*}
  corpus=${target##*:}
  echo "fuzz_$name: ${seconds}s"
  "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$root/tests/fuzz/crashes/${name}-" -print_final_stats=1 "$work/$corpus" 2>&1 |
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)" || true
  if ls "$root/tests/fuzz/crashes/${name}-"* >/dev/null 2>&1; then
    echo "fuzz_$name found a crash: see tests/fuzz/crashes/" >&2
    exit 1
  fi
done
