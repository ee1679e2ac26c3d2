#!/usr/bin/env bash
# Cold build + test times, each in a fresh target directory (nothing reused):
#   the text crate alone (`cargo test -p newskg-text`, what a change to one extraction rule
#   costs), and with --all the whole workspace as CI runs it (`cargo test --release`).
# Prints seconds for the build and for the tests separately. Run on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
all=false
[ "${1:-}" = "--all" ] && all=true
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.0f}')"; }

measure() { # name, cargo args…
  local name=$1; shift
  local dir; dir=$(mktemp -d)
  local t0 t1 t2
  t0=$(now)
  CARGO_TARGET_DIR="$dir" cargo "$@" --no-run -q 2>/dev/null
  t1=$(now)
  CARGO_TARGET_DIR="$dir" cargo "$@" -q >/dev/null 2>&1 || echo "$name: tests failed" >&2
  t2=$(now)
  echo "$name: cold build $(secs "$t0" "$t1") s, tests $(secs "$t1" "$t2") s, total $(secs "$t0" "$t2") s"
  rm -rf "$dir"
}

measure "newskg-text (debug)" test -p newskg-text
if $all; then
  measure "workspace (release, as CI)" test --release --workspace
fi
