# SPDX-License-Identifier: GPL-3.0-or-later
# What the package tests share, sourced by each (never run, never shipped): fail and check, whose lines name
# the script that sourced this file, so a log says which test spoke.
# shellcheck shell=bash

package_test=$(basename "$0" .sh)

fail() {
  echo "$package_test: FAIL: $*" >&2
  exit 1
}
check() { # description, command...
  local what=$1
  shift
  if "$@"; then echo "$package_test: ok: $what"; else fail "$what"; fi
}
