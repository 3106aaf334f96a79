#!/usr/bin/env bash
# Measures, side by side under one Xvfb, the time from starting a program to
# its first window being mapped: Ketenregie on a demo database, and a
# hello-world Fyne window of the same Fyne version (scripts/hellofyne).
# Prints the median of each over N alternating runs and their ratio; the
# budget (DESIGN.md) is a ratio, as the machines are shared and noisy.
# Usage: scripts/startup.sh ./ketenregie [N]
set -euo pipefail
bin=$(realpath "$1")
runs=${2:-7}
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "startup: $tool is needed (apt-get install xvfb xdotool)" >&2; exit 1; }
done
work=$(mktemp -d)
xvfb=
trap '[ -z "$xvfb" ] || kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
go build -tags migrated_fynedo -o "$work/hellofyne" ./scripts/hellofyne
LANG=nl_NL.UTF-8 "$bin" --db "$work/demo.db" demo >/dev/null
Xvfb -displayfd 3 -screen 0 1366x768x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "startup: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
display=:$(head -1 "$work/display")

# mapped CMD NAME: seconds from starting CMD until a visible window NAME exists.
mapped() {
  local name=$1; shift
  local start end pid
  start=$(date +%s.%N)
  XDG_CONFIG_HOME="$work/config" LANG=nl_NL.UTF-8 DISPLAY="$display" "$@" >/dev/null 2>&1 &
  pid=$!
  DISPLAY="$display" timeout 30 xdotool search --sync --onlyvisible --name "^$name\$" >/dev/null
  end=$(date +%s.%N)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/hello" ; : >"$work/keten"
for _ in $(seq "$runs"); do
  mapped "Hallo Fyne" "$work/hellofyne" >>"$work/hello"
  mapped "Ketenregie" "$bin" --db "$work/demo.db" >>"$work/keten"
done
hello=$(median <"$work/hello")
keten=$(median <"$work/keten")
printf 'hello-world Fyne: %.3f s (median of %d)\nKetenregie:       %.3f s (median of %d)\nratio:            %.2fx\n' \
  "$hello" "$runs" "$keten" "$runs" "$(echo "$keten / $hello" | bc -l)"
