#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every benchmark against a build folder and prints their figures: tests/bench/run-all.sh build/ci
set -euo pipefail
build=${1:-build/ci}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export OMB_SERVER_BINARY=$(realpath "$build/app/openmusicbox")
export OMB_SOURCE_DIR=$(realpath "$here/../..")
export QT_QPA_PLATFORM=offscreen
for bench in "$build"/tests/bench/bench_*; do
  [ -f "$bench" ] && [ -x "$bench" ] || continue
  echo "== $(basename "$bench")"
  "$bench"
done
for script in "$here"/bench_*.mjs; do
  [ -f "$script" ] || continue
  echo "== $(basename "$script")"
  node "$script"
done
