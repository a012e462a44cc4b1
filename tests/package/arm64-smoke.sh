#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the arm64 package's daemon on this amd64 machine under qemu-user-static, with the :arm64 libraries
# Debian's multiarch installed for the cross build: --version names the package's version, then the box starts
# on an empty data folder, answers GET /api/health and stops cleanly on SIGTERM. Needs no root and installs
# nothing. Usage: arm64-smoke.sh path/to/openmusicbox_<version>_arm64.deb
set -euo pipefail

deb=$(realpath "$1")
work=$(mktemp -d)
daemon=
cleanup() {
  [ -n "$daemon" ] && kill -KILL "$daemon" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

qemu=$(command -v qemu-aarch64-static) || fail "qemu-user-static is not installed"
check "the package is for arm64" test "$(dpkg-deb -f "$deb" Architecture)" = arm64
dpkg-deb -x "$deb" "$work/root"
box=$work/root/usr/bin/openmusicbox
check "the daemon is an aarch64 program" sh -c "file -b '$box' | grep -q 'ARM aarch64'"

version=$(dpkg-deb -f "$deb" Version)
check "--version names ${version%%-*}" sh -c "'$qemu' '$box' --version | grep -q ' ${version%%-*}'"

# The shipped configuration, on a data folder of its own and a free port; no sound card is needed to start.
env OMB_PORT=0 OMB_BIND_ADDRESS=127.0.0.1 OMB_DATA_DIR="$work/data" OMB_MDNS_ANNOUNCE=false \
  "$qemu" "$box" --config "$work/root/etc/openmusicbox/openmusicbox.conf" \
  >"$work/daemon.log" 2>&1 &
daemon=$!
port=
for _ in $(seq 1 600); do # emulation is slow: up to a minute to start
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/daemon.log")
  [ -n "$port" ] && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/daemon.log" >&2; fail "the arm64 daemon did not start"; }
echo "arm64-smoke: ok: the arm64 daemon listens on port $port"
check "GET /api/health answers" sh -c "curl -fsS --max-time 30 http://127.0.0.1:$port/api/health | grep -q '\"status\"'"
kill -TERM "$daemon"
status=0
wait "$daemon" || status=$?
daemon=
[ "$status" -eq 0 ] || { cat "$work/daemon.log" >&2; fail "the arm64 daemon exited with $status after SIGTERM"; }
echo "arm64-smoke: ok: it stopped cleanly on SIGTERM"
check "its database was created" test -f "$work/data/openmusicbox.db"
echo "arm64-smoke: all checks passed"
