#!/usr/bin/env bash
# Run a make target of this checkout inside a Debian root made with debootstrap from Debian's own mirror:
# another Debian release (and so another QGIS) on the same machine, as a fresh machine of that release has it.
#
#   scripts/debian_root.sh trixie test      # QGIS 3.40 (Debian 13), `make test` as on a fresh Debian 13
#   scripts/debian_root.sh trixie demo
#
# The root is made once and kept in $BD_ROOTS (default /var/tmp/bd-roots/<suite>); the checkout's tracked files
# are copied into it afresh each run (nothing of this machine's .venv, .cache or build goes in), so the run
# installs everything itself through the project's own scripts/setup.sh. Needs root (debootstrap, chroot).
set -euo pipefail
suite="${1:?usage: scripts/debian_root.sh SUITE [TARGET...]}"
shift
targets=("${@:-test}")
root_dir="${BD_ROOTS:-/var/tmp/bd-roots}/$suite"
here="$(cd "$(dirname "$0")/.." && pwd)"
say() { printf '\033[1m[debian-root %s]\033[0m %s\n' "$suite" "$*"; }
die() { printf '\033[31m[debian-root %s] ERROR:\033[0m %s\n' "$suite" "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap and chroot)"
if ! command -v debootstrap >/dev/null; then
  say "installing debootstrap"
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
    || die "cannot install debootstrap"
fi
# The mirror this machine's own apt uses (deb822 or one-line sources), else Debian's.
mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror="${mirror:-http://deb.debian.org/debian}"

if [ ! -f "$root_dir/.bd-root-ready" ]; then
  say "debootstrap --variant=minbase $suite from $mirror"
  rm -rf "$root_dir" && mkdir -p "$(dirname "$root_dir")"
  debootstrap --variant=minbase "$suite" "$root_dir" "$mirror" >"$root_dir.debootstrap.log" 2>&1 \
    || die "debootstrap failed: see $root_dir.debootstrap.log"
  touch "$root_dir/.bd-root-ready"
fi

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() { mkdir -p "$root_dir$1"; mount --bind "$1" "$root_dir$1"; mounted+=("$root_dir$1"); }
mkdir -p "$root_dir/proc" && mount -t proc proc "$root_dir/proc" && mounted+=("$root_dir/proc")
bind /sys
bind /dev
mkdir -p "$root_dir/dev/pts" && mount -t devpts devpts "$root_dir/dev/pts" -o newinstance,ptmxmode=0666 \
  && mounted+=("$root_dir/dev/pts")
mkdir -p "$root_dir/dev/shm" && mount -t tmpfs shm "$root_dir/dev/shm" && mounted+=("$root_dir/dev/shm")
cp -L /etc/resolv.conf "$root_dir/etc/resolv.conf"
# Unstable's Release file expires within days; a mirror that serves a frozen copy of it would be refused.
echo 'Acquire::Check-Valid-Until "false";' > "$root_dir/etc/apt/apt.conf.d/99bd-no-valid-until"
# This machine's trust anchors (a site's TLS proxy CA among them) for pip and urllib inside the root.
cp -L /etc/ssl/certs/ca-certificates.crt "$root_dir/etc/host-ca-certificates.crt"

# A fresh copy of the checkout's tracked (and new, not ignored) files, links kept as links.
work="$root_dir/work/bd_qgis_plugin"
rm -rf "$work" && mkdir -p "$work"
(cd "$here" && git ls-files -z --cached --others --exclude-standard | rsync -a --from0 --files-from=- ./ "$work/")
# Results come back out: test artifacts (screenshots) and the demo's outputs.
say "make ${targets[*]} in $(. "$root_dir/etc/os-release" && echo "$PRETTY_NAME")"
status=0
chroot "$root_dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 CI="${CI:-}" PYTEST_ARGS="${PYTEST_ARGS:-}" \
  SSL_CERT_FILE=/etc/host-ca-certificates.crt PIP_CERT=/etc/host-ca-certificates.crt /bin/bash -c '
    set -e
    command -v make >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends make >/dev/null; }
    cd /work/bd_qgis_plugin && make "$@"' bash "${targets[@]}" || status=$?
mkdir -p "$here/build/debian-$suite"
for out in build/test-artifacts output; do
  [ -d "$work/$out" ] && rsync -a "$work/$out/" "$here/build/debian-$suite/$(basename "$out")/"
done
[ "$status" -eq 0 ] && say "make ${targets[*]}: passed" || say "make ${targets[*]}: FAILED (exit $status)"
exit "$status"
