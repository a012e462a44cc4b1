#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark against a build folder and prints their figures:
#   tests/bench/run-all.sh build/bench [--one-core] [bench_name...]
# --one-core runs each benchmark a second time pinned to one CPU (taskset; the box a benchmark starts inherits the
# pin), the closest stand-in here for a small board's core, and prints those figures beside the normal ones.
# Every figure line also goes to <build>/bench-results/<UTC time>.jsonl, one JSON object per line ({time, commit,
# bench, cores: "all"|"one", line}), and latest.jsonl points at it: a change is compared with the last run by
# comparing two files.
set -euo pipefail
build=${1:-build/bench}
shift || true
one_core=false
only=()
for arg in "$@"; do
  case $arg in
    --one-core) one_core=true ;;
    *) only+=("$arg") ;;
  esac
done
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export OMB_SERVER_BINARY=$(realpath "$build/app/openmusicbox")
export OMB_SOURCE_DIR=$(realpath "$here/../..")
export QT_QPA_PLATFORM=offscreen
results_dir=$(realpath "$build")/bench-results
mkdir -p "$results_dir"
stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
results="$results_dir/${stamp//:/}.jsonl"
commit=$(git -C "$OMB_SOURCE_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)
ln -sfn "$(basename "$results")" "$results_dir/latest.jsonl"

wanted() {
  [ ${#only[@]} -eq 0 ] && return 0
  local name
  for name in "${only[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}

# run <name> all|one <command...>: the figures to the terminal and to the results file. A benchmark that fails
# is named at the end (and the run exits 1); the others still run, so one failure does not hide their figures.
failed=()
run() {
  local name=$1 cores=$2
  shift 2
  if [ "$cores" = one ]; then echo "== $name (one core)"; else echo "== $name"; fi
  "$@" | node "$here/record.mjs" "$results" "$stamp" "$commit" "$name" "$cores" || failed+=("$name ($cores)")
}

for bench in "$build"/tests/bench/bench_* "$here"/bench_*.mjs; do
  [ -f "$bench" ] || continue
  name=$(basename "$bench")
  name=${name%.mjs}
  wanted "$name" || continue
  if [[ $bench == *.mjs ]]; then command=(node "$bench"); else command=("$bench"); fi
  [[ $bench == *.mjs ]] || [ -x "$bench" ] || continue
  run "$name" all "${command[@]}"
  if $one_core; then run "$name" one taskset -c 0 "${command[@]}"; fi
done
echo "figures written to $results"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed: ${failed[*]}"
  exit 1
fi
