#!/usr/bin/env bash
# The README's two commands on a bare Debian machine, timed: a benchmark, not a test.
#
#   sudo scripts/bare_machine.sh [DIR]      (needs debootstrap; DIR defaults to /tmp/bare-machine;
#                                            ONLY=serve stops after the serve timings)
#
# Makes a minimal Debian bookworm (python3, git and ca-certificates only: no Chromium, Java,
# Node.js, npm or python3-venv) with debootstrap from Debian's mirror, clones this
# repository's HEAD into it, then runs `python3 scripts/dev.py serve` (until it serves, then
# stops it) and `python3 scripts/dev.py test`, each twice (cold, then warm), printing the
# wall time and the disk each added. Behind a TLS-intercepting proxy, set EXTRA_CA_FILE to
# its CA bundle; it is passed to pip and npm only.
set -euo pipefail
DIR=${1:-/tmp/bare-machine}
ROOT=$DIR/root
REPO=$(cd "$(dirname "$0")/.." && pwd)

[ -d "$ROOT/usr" ] || debootstrap --variant=minbase --include=python3,ca-certificates,git bookworm "$ROOT" http://deb.debian.org/debian
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
env_ca=()
if [ -n "${EXTRA_CA_FILE:-}" ]; then
  cp "$EXTRA_CA_FILE" "$ROOT/etc/extra-ca.crt"
  ca=/etc/extra-ca.crt
  env_ca=(SSL_CERT_FILE=$ca PIP_CERT=$ca REQUESTS_CA_BUNDLE=$ca NODE_EXTRA_CA_CERTS=$ca npm_config_cafile=$ca)
fi
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
mkdir -p "$ROOT/dev/shm"; mountpoint -q "$ROOT/dev/shm" || mount -t tmpfs tmpfs "$ROOT/dev/shm"
trap 'umount "$ROOT/dev/shm" "$ROOT/proc" 2>/dev/null || true' EXIT
rm -rf "$ROOT/root/stall-patterns"
git clone -q "$REPO" "$ROOT/root/stall-patterns"

inside() {  # a clean environment, as a new user's shell would have
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 "${env_ca[@]}" /bin/bash -c "cd /root/stall-patterns && $1"
}
size() { du -sm --exclude=proc --exclude=sys "$ROOT" | cut -f1; }

serve() {
  local log=$DIR/serve-$1.log start before=$(size)
  start=$(date +%s.%N)
  setsid chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 "${env_ca[@]}" /bin/bash -c 'cd /root/stall-patterns && exec python3 scripts/dev.py serve' >"$log" 2>&1 &
  local pid=$!
  until grep -q "Serving on" "$log"; do kill -0 $pid 2>/dev/null || { tail -20 "$log"; return 1; }; sleep 0.5; done
  printf 'serve %-4s serving after %6.1f s, +%s MB\n' "$1" "$(echo "$(date +%s.%N) - $start" | bc)" "$(( $(size) - before ))"
  kill -- -$pid; wait $pid 2>/dev/null || true
}

run_tests() {
  local start before=$(size) code=0
  start=$(date +%s.%N)
  inside 'python3 scripts/dev.py test' >"$DIR/test-$1.log" 2>&1 || code=$?
  printf 'test  %-4s exit %d after %6.1f s, +%s MB (%s)\n' "$1" "$code" "$(echo "$(date +%s.%N) - $start" | bc)" \
    "$(( $(size) - before ))" "$(tail -1 "$DIR/test-$1.log" | tr -d '=')"
}

echo "bare system: $(size) MB"
serve cold; serve warm
[ "${ONLY:-}" = serve ] && exit 0
run_tests cold; run_tests warm
