#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the amd64 package on this machine and checks what a parent's box goes through: files in place, the
# system user, a unit systemd accepts, the daemon starting as that user, an edited conffile surviving an
# upgrade to a newer build, remove keeping the library, purge removing it and the user. Needs root; leaves the
# machine without the package. Usage: install-test.sh path/to/openmusicbox_<version>_amd64.deb
set -euo pipefail

deb=$(realpath "$1")
work=$(mktemp -d)
exec 9>/tmp/openmusicbox-install-test.lock
flock 9 # one install test per machine at a time
cleanup() {
  dpkg --purge openmusicbox >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

if dpkg-query -W -f='${Status}' openmusicbox 2>/dev/null | grep -q "install ok installed"; then
  fail "openmusicbox is already installed here; this test installs and purges it"
fi

# apt resolves the package's dependencies (GStreamer plugins, Qt libraries) like a parent's install does.
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends "$deb" >/dev/null

for f in /usr/bin/openmusicbox /lib/systemd/system/openmusicbox.service /etc/openmusicbox/openmusicbox.conf \
  /lib/udev/rules.d/60-openmusicbox-nfc.rules /usr/share/man/man8/openmusicbox.8.gz \
  /usr/share/doc/openmusicbox/copyright /usr/share/doc/openmusicbox/changelog.gz \
  /usr/share/doc/openmusicbox/openmusicbox.conf.example; do
  check "$f installed" test -f "$f"
done
check "the SQLite driver is a dependency" sh -c "dpkg-deb -f '$deb' Depends | grep -q libqt6sql6-sqlite"
# The screen and the Qt audio backend are plugins the daemon loads only when chosen.
plugins=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)/openmusicbox
for f in "$plugins/openmusicbox-kiosk.so" "$plugins/openmusicbox-qtaudio.so"; do
  check "$f installed" test -f "$f"
done
check "the daemon itself links no QtGui" sh -c "! readelf -d /usr/bin/openmusicbox | grep -q 'libQt6Gui\|libQt6Quick\|libQt6Multimedia'"
check "conffile registered" sh -c "dpkg-query -W -f='\${Conffiles}' openmusicbox | grep -q /etc/openmusicbox/openmusicbox.conf"
check "system user openmusicbox" sh -c "getent passwd openmusicbox | grep -q ':/var/lib/openmusicbox:'"
check "user is a system user" test "$(id -u openmusicbox)" -lt 1000
check "data folder owned by the user" test "$(stat -c %U /var/lib/openmusicbox)" = openmusicbox
check "systemd-analyze verify" systemd-analyze verify /lib/systemd/system/openmusicbox.service
wants=/etc/systemd/system/multi-user.target.wants/openmusicbox.service
check "the unit is enabled at install" test -L "$wants"
version=$(dpkg-query -W -f='${Version}' openmusicbox)
check "--version" sh -c "/usr/bin/openmusicbox --version | grep -q ' ${version%%-*}'"

check "the unit gives the daemon a runtime directory" grep -qx 'RuntimeDirectory=openmusicbox' /lib/systemd/system/openmusicbox.service

# The installed daemon, as its user, on the installed configuration, with the runtime directory systemd would
# make: it answers /api/health.
runtime=$(runuser -u openmusicbox -- mktemp -d)
runuser -u openmusicbox -- env QT_QPA_PLATFORM=offscreen OMB_PORT=0 OMB_BIND_ADDRESS=127.0.0.1 \
  OMB_MDNS_ANNOUNCE=false RUNTIME_DIRECTORY="$runtime" \
  /usr/bin/openmusicbox --config /etc/openmusicbox/openmusicbox.conf >"$work/daemon.log" 2>&1 &
daemon=$!
port=
for _ in $(seq 1 200); do
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/daemon.log")
  [ -n "$port" ] && break
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/daemon.log" >&2; fail "installed daemon did not start"; }
check "installed daemon answers /api/health" sh -c "curl -fsS http://127.0.0.1:$port/api/health | grep -q '\"status\"'"
daemon_pid=$(pgrep -n -u openmusicbox -x openmusicbox)
check "the headless daemon maps no QtGui" sh -c "! grep -q 'libQt6Gui' /proc/$daemon_pid/maps"
check "the daemon loads no TLS backend" sh -c "! grep -q 'tls/\\|libssl' /proc/$daemon_pid/maps"
kill -TERM "$daemon"
wait "$daemon" || true
rm -rf "$runtime"
check "the library was created in /var/lib/openmusicbox" test -f /var/lib/openmusicbox/openmusicbox.db

# A parent edits the configuration; a newer build also changes the shipped file: the edit must win.
echo "BOX_NAME = Kitchen box" >>/etc/openmusicbox/openmusicbox.conf
dpkg-deb -R "$deb" "$work/newer"
sed -i "s/^Version: .*/Version: ${version}+1/" "$work/newer/DEBIAN/control"
echo "# shipped by the newer build" >>"$work/newer/etc/openmusicbox/openmusicbox.conf"
sed -i "s|^\(.*\) etc/openmusicbox/openmusicbox.conf$|$(md5sum "$work/newer/etc/openmusicbox/openmusicbox.conf" | cut -d' ' -f1)  etc/openmusicbox/openmusicbox.conf|" \
  "$work/newer/DEBIAN/md5sums"
dpkg-deb --root-owner-group -b "$work/newer" "$work/newer.deb" >/dev/null
DEBIAN_FRONTEND=noninteractive dpkg --force-confold -i "$work/newer.deb" >/dev/null
check "upgraded to the newer build" test "$(dpkg-query -W -f='${Version}' openmusicbox)" = "${version}+1"
check "edited conffile survives the upgrade" grep -qx "BOX_NAME = Kitchen box" /etc/openmusicbox/openmusicbox.conf
check "the newer shipped file is kept beside it" test -f /etc/openmusicbox/openmusicbox.conf.dpkg-dist
check "the unit stays enabled across the upgrade" test -L "$wants"

dpkg --remove openmusicbox >/dev/null
check "remove deletes the program" test ! -e /usr/bin/openmusicbox
check "remove keeps the library" test -f /var/lib/openmusicbox/openmusicbox.db
check "remove keeps the configuration" test -f /etc/openmusicbox/openmusicbox.conf

dpkg --purge openmusicbox >/dev/null
check "purge deletes the library" test ! -e /var/lib/openmusicbox
check "purge deletes the configuration" test ! -e /etc/openmusicbox/openmusicbox.conf
check "purge deletes the user" sh -c "! getent passwd openmusicbox"
check "purge deletes the group" sh -c "! getent group openmusicbox"
check "purge leaves no enabled unit behind" test ! -e "$wants" -a ! -L "$wants"
check "purge leaves no mask behind" test ! -L /etc/systemd/system/openmusicbox.service
echo "install-test: all checks passed"
